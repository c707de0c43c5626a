using UnitCompiler.Lint;
using UnitCompiler.Project;
using UnitCompiler.Qualifications;
using UnitCompiler.Spec;
using UnitCompiler.Tests.Qualifications;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>
/// The qualification spec as fmt, lint and build meet it: recognised by its root key, written in one
/// canonical form that reads back to the same bytes, format 1 read as it is and upgraded by fmt,
/// format 2 keys refused in a format 1 spec, and the committed schema the embedded one.
/// </summary>
public class QualificationSpecTests
{
    private static readonly string Format1 = File.ReadAllText(TestPaths.TestFile("qualifications", "diploma.yaml"));

    private static Qualification Read(string text, string path = "q.yaml")
    {
        var (qualification, diagnostics) = QualificationReader.Read(new SourceText(path, text));
        Assert.Empty(diagnostics);
        return qualification!;
    }

    [Fact]
    public void TheCommittedExampleIsCanonicalAndRoundTrips()
    {
        var text = QualificationExample.Text;
        var written = QualificationWriter.Write(Read(text));
        Assert.Equal(text, written);
        Assert.Equal(written, QualificationWriter.Write(Read(written)));
    }

    [Fact]
    public void Format1LoadsAndFmtUpgradesIt()
    {
        Assert.StartsWith("unitc: 1\n", Format1);
        var upgraded = QualificationWriter.Write(Read(Format1));
        Assert.Contains("\nunitc: 3\n", upgraded);
        Assert.Equal(upgraded, QualificationWriter.Write(Read(upgraded)));
        Assert.Equal(Read(Format1).UnitRefs.Select(u => u.Ref), Read(upgraded).UnitRefs.Select(u => u.Ref));
    }

    [Theory]
    [InlineData("history:\n  - { version: \"1.0\", change: First issue. }\n")]
    [InlineData("about:\n  purpose: [For managers.]\n")]
    public void Format2KeysInAFormat1SpecAreRefusedAtTheirLine(string added)
    {
        var text = Format1.Replace("groups:\n", added + "groups:\n");
        var (_, diagnostics) = QualificationReader.Read(new SourceText("q.yaml", text));
        var d = Assert.Single(diagnostics);
        Assert.Equal(("UNITC0230", 9), (d.Id, d.Location.Line)); // its value, on the line after the key
    }

    [Fact]
    public void AnUnknownKeyIsAnErrorWithASuggestion()
    {
        var (_, diagnostics) = QualificationReader.Read(new SourceText("q.yaml", QualificationExample.Text.Replace("  review_date:", "  reveiw_date:")));
        var d = Assert.Single(diagnostics);
        Assert.Contains("review_date", d.Message);
    }

    [Theory]
    [InlineData("unitc: 2\nqualification:\n  number: 603/1234/5\n", true)]
    [InlineData("\uFEFF# comment\r\nunitc: 2\r\nqualification:\r\n", true)]
    [InlineData("unitc: 2\nqualification :\n", true)]
    [InlineData("unitc: 2\nunit:\n  ref: A/100/0001\n  title: \"qualification: x\"\n", false)]
    [InlineData("unitc: 2\nunit:\n  ref: A/100/0001\npreamble:\n  text:\n    - |\n      qualification:\n", false)]
    [InlineData("unitc: 2\nqualifications:\n", false)]
    public void AQualificationSpecIsKnownByItsRootKey(string text, bool expected)
    {
        Assert.Equal(expected, SpecKinds.IsQualification(text.AsSpan()));
        Assert.Equal(expected, SpecKinds.IsQualification(System.Text.Encoding.UTF8.GetBytes(text).AsSpan()));
    }

    [Fact]
    public void TheLoaderReadsAQualificationSpecInTheSpecFolderAsAQualification()
    {
        var input = InputLoader.Load(QualificationExample.Path_);
        Assert.Equal(InputKind.Qualification, input.Kind);
        Assert.Null(input.Unit);
        Assert.Equal("610/4213/7", input.Qualification!.Header.Number);
        Assert.Empty(input.Diagnostics);
    }

    [Fact]
    public void CommittedQualificationSchemaIsTheEmbeddedSchema()
    {
        Assert.Equal(QualificationSchema.Text, File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "spec", QualificationSchema.FileName)));
        using var doc = System.Text.Json.JsonDocument.Parse(QualificationSchema.Text);
        var properties = doc.RootElement.GetProperty("properties").GetProperty("qualification").GetProperty("properties");
        foreach (var key in new[] { "type", "sector_subject_area", "min_glh", "max_glh", "grading_type", "grading_scale", "operational_start", "operational_end", "review_date", "assessment_methods", "version" })
        {
            Assert.True(properties.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public void LintReadsTheQualificationsTitleGroupsAndProse()
    {
        var text = QualificationExample.Text
            .Replace("for Adult Care\n", "for Adult Care Organizations\n")
            .Replace("title: Optional group A (leading practice)", "title: Optional group A (leading the the practice)");
        var q = Read(text, "q.yaml");
        var findings = QualificationLint.Lint(q, LintConfig.Default, "q.yaml");
        Assert.Contains(findings, f => f.Diagnostic.Id == "UNITC1021" && f.Diagnostic.Location.Line == QualificationExample.LineOf("  title: Level 5") && f.Fix is null);
        Assert.Contains(findings, f => f.Diagnostic.Id == "UNITC1022" && f.Diagnostic.Location.Line == QualificationExample.LineOf("Optional group A"));
        Assert.Empty(QualificationLint.Lint(Read(QualificationExample.Text), LintConfig.Default, "q.yaml"));
    }
}
