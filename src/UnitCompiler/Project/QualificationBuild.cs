using UnitCompiler.Spec;

namespace UnitCompiler.Project;

/// <summary>
/// The qualifications of a build: the specs among its inputs whose root key is <c>qualification:</c>
/// (<see cref="SpecKinds"/>), built after the units into their specification documents.
/// </summary>
internal static class QualificationBuild
{
    /// <summary>The unit specs and the qualification specs of <paramref name="files"/>, each in the order given.</summary>
    public static (IReadOnlyList<string> Units, IReadOnlyList<string> Qualifications) Partition(IReadOnlyList<string> files)
    {
        var units = new List<string>(files.Count);
        var qualifications = new List<string>();
        foreach (var file in files)
        {
            (IsQualification(file) ? qualifications : units).Add(file);
        }

        return (units, qualifications);
    }

    /// <summary>
    /// Read from the start of the file only: a spec's root keys come first ('unitc:', then 'unit:' or
    /// 'qualification:'), and a catalogue build should not read every unit spec twice. A file that
    /// cannot be read is left with the units, whose build reports why.
    /// </summary>
    private static bool IsQualification(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var head = new byte[Math.Min(HeadLength, Math.Max(0, stream.Length))];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return SpecKinds.IsQualification(head.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private const int HeadLength = 16 * 1024;
}
