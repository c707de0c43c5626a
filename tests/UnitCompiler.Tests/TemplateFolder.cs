namespace UnitCompiler.Tests;

/// <summary>A fresh folder of template overrides, for <c>--templates</c> or <c>ProjectTemplates.Load</c>.</summary>
internal static class TemplateFolder
{
    /// <summary>A new folder under the temp folder holding each template, named as given; returns its path.</summary>
    public static string With(params (string Name, string Text)[] templates)
    {
        var dir = TestFolders.Create("templates");
        foreach (var (name, text) in templates)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        return dir;
    }
}
