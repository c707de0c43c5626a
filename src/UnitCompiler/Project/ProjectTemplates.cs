using UnitCompiler.Diagnostics;
using UnitCompiler.Render;

namespace UnitCompiler.Project;

/// <summary>The templates of a build: the embedded defaults, each replaced by the <c>*.sbn</c> file of the same name in the templates folder.</summary>
public static class ProjectTemplates
{
    public static TemplateSet Load(string? folder, DiagnosticBag diagnostics)
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

        return TemplateSet.Load(overrides, diagnostics);
    }
}
