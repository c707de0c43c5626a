using UnitCompiler.Model;

namespace UnitCompiler.Spec;

/// <summary>Where specs live by default.</summary>
public static class SpecFiles
{
    public const string DefaultFolder = "spec";

    /// <summary><c>spec/L-652-0848.yaml</c> for unit L/652/0848.</summary>
    public static string DefaultPath(Unit unit, string folder = DefaultFolder) => Path.Combine(folder, unit.Header.FileStem + ".yaml");
}
