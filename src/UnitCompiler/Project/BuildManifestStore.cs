namespace UnitCompiler.Project;

/// <summary>Saving the build record is best effort: one that cannot be written only makes the next build a full one.</summary>
internal static class BuildManifestStore
{
    public static void TrySave(BuildManifest manifest)
    {
        try
        {
            manifest.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not a diagnostic: the documents themselves were written (or reported) already, and a
            // missing record is never a wrong one.
        }
    }
}
