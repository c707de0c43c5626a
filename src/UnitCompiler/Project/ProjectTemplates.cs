using UnitCompiler.Diagnostics;
using UnitCompiler.Render;

namespace UnitCompiler.Project;

/// <summary>The templates of a build: the embedded defaults, each replaced by the <c>*.sbn</c> file of the same name in the templates folder.</summary>
public static class ProjectTemplates
{
    /// <param name="folder">The templates folder, or null for the embedded defaults alone.</param>
    /// <param name="diagnostics">Receives a missing folder and the syntax errors of the templates parsed.</param>
    /// <param name="formats">The formats the build asked for: only their templates are parsed up front (PDF's are HTML's).</param>
    public static TemplateSet Load(string? folder, DiagnosticBag diagnostics, IReadOnlyCollection<string>? formats = null)
    {
        var overrides = new List<(string Name, string Path, string Text)>();
        if (folder is not null && !Directory.Exists(folder))
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound, SourceLocation.File(folder));
        }
        else if (folder is not null)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.sbn").Order(StringComparer.Ordinal))
            {
                overrides.Add((Path.GetFileName(file), file, File.ReadAllText(file)));
            }
        }

        var parsed = formats?.Select(f => DocumentFormats.SourceOf(f) ?? f).Concat(formats).ToHashSet(StringComparer.Ordinal);
        return TemplateSet.Load(overrides, diagnostics, parsed);
    }
}
