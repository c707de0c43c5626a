using System.Text;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Render;

public class RenderTests
{
    // The seed fixtures, not spec/: writers edit spec/, while these goldens pin what the templates make of a fixed unit.
    private static readonly Unit Seed = SeedUnit.WithGuidance;
    private static readonly string[] AllFormats = ["html", "md", "csv"];

    private static IReadOnlyList<RenderedDocument> Render(Unit unit, string? overrides, DiagnosticBag bag, RenderLimits? limits = null) =>
        DocumentRenderer.Render(unit, ProjectTemplates.Load(overrides, bag), AllFormats, bag, limits);

    [Fact]
    public void AllSevenDocumentsOfTheSeedArePinned()
    {
        var bag = new DiagnosticBag();
        var documents = Render(Seed, null, bag);
        Assert.Empty(bag.ToImmutable());
        Assert.Equal(7, documents.Count);
        foreach (var d in documents)
        {
            Golden.AssertMatches("Expected/documents/" + d.RelativePath, Encoding.UTF8.GetString(d.Content));
        }
    }

    [Fact]
    public void RenderingIsDeterministic()
    {
        var a = Render(Seed, null, new DiagnosticBag());
        var b = Render(Seed, null, new DiagnosticBag());
        Assert.Equal(a.Select(d => Convert.ToHexString(d.Content)), b.Select(d => Convert.ToHexString(d.Content)));
    }

    [Fact]
    public void CsvIsRfc4180WithBomAndCrlf()
    {
        var csv = Render(Seed, null, new DiagnosticBag()).Single(d => d.RelativePath.EndsWith(".csv", StringComparison.Ordinal)).Content;
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = Encoding.UTF8.GetString(csv[3..]);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        Assert.StartsWith("\"1.1\",\"1\",\"knowledge\"", lines[1]);
    }

    [Fact]
    public void HostileSpecTextIsEscapedNotInjected()
    {
        var c = Seed.FindCriterion("1.2")!;
        var hostile = c with { Text = new LocatedText("Describe <script>alert(1)</script> \"quoted\" <img src=x onerror=alert(2)> =cmd|' /C calc'!A0, and more") };
        var unit = Seed with { Outcomes = [Seed.Outcomes[0] with { Criteria = [Seed.Outcomes[0].Criteria[0], hostile] }, .. Seed.Outcomes[1..]] };
        var docs = Render(unit, null, new DiagnosticBag());
        foreach (var html in docs.Where(d => d.RelativePath.EndsWith(".html", StringComparison.Ordinal)).Select(d => Encoding.UTF8.GetString(d.Content)))
        {
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<img", html);
        }

        var checklist = Encoding.UTF8.GetString(docs.Single(d => d.RelativePath.EndsWith("assessor-checklist.html", StringComparison.Ordinal)).Content);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", checklist);

        var csv = Encoding.UTF8.GetString(docs.Single(d => d.RelativePath.EndsWith(".csv", StringComparison.Ordinal)).Content);
        Assert.Contains("\"Describe <script>alert(1)</script> \"\"quoted\"\"", csv);
    }

    [Fact]
    public void OverrideReplacesOneTemplateByFileName()
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", "grid of {{ unit.ref }}\n"));
        var docs = Render(Seed, dir, new DiagnosticBag());
        Assert.Equal("grid of L/652/0848\n", Encoding.UTF8.GetString(docs.Single(d => d.RelativePath.EndsWith("mapping-grid.md", StringComparison.Ordinal)).Content));
        Assert.Equal(7, docs.Count);
    }

    [Fact]
    public void TemplateSyntaxErrorNamesTemplateAndLine()
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", "line one\n{{ for x in outcomes }}\nno end\n"));
        var bag = new DiagnosticBag();
        Render(Seed, dir, bag);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal("UNITC0301", d.Id);
        Assert.EndsWith("mapping-grid.md.sbn", d.Location.Path);
        Assert.True(d.Location.Line >= 1);
    }

    [Fact]
    public void MisspeltVariableFailsTheBuild()
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", "ok\n{{ unit.titel }}\n"));
        var bag = new DiagnosticBag();
        var docs = Render(Seed, dir, bag);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal("UNITC0302", d.Id);
        Assert.Equal(1, d.Location.Line);
        Assert.DoesNotContain(docs, x => x.RelativePath.EndsWith("mapping-grid.md", StringComparison.Ordinal));
    }

    [Fact]
    public void LoopLimitStopsARunawayTemplate()
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", "{{ for i in 1..1000000 }}x{{ end }}"));
        var bag = new DiagnosticBag();
        Render(Seed, dir, bag);
        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0302" && d.Message.Contains("loop", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RecursionLimitStopsARunawayTemplate()
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", "{{ func f(x); ret f(x + 1); end; f(1) }}"));
        var bag = new DiagnosticBag();
        Render(Seed, dir, bag);
        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0302");
    }

    [Fact]
    public void OutputLimitStopsATemplateThatFillsTheDisk()
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", "{{ for i in 1..5000 }}{{ 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }}{{ end }}"));
        var bag = new DiagnosticBag();
        Render(Seed, dir, bag, RenderLimits.Default with { OutputLimit = 10_000 });
        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0302");
    }

    [Fact]
    public void IncludesReachOnlyTemplatesOfTheSet()
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", "{{ include '../../../etc/passwd' }}"));
        var bag = new DiagnosticBag();
        Render(Seed, dir, bag);
        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0302" && d.Message.Contains("not a template of this set"));
    }

    [Fact]
    public void TemplatesCannotReachDotNetMembers()
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", "{{ unit.ref.Length }}{{ unit.GetType }}"));
        var bag = new DiagnosticBag();
        Render(Seed, dir, bag);
        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0302");
    }

    /// <summary>
    /// The built-in functions are shared by every render: a template may use them, never change them
    /// (assessor-checklist renders before mapping-grid, so a change would show in the grid).
    /// </summary>
    [Theory]
    [InlineData("{{ string.downcase = 1 }}")]
    [InlineData("{{ string.upcase = string.downcase }}")]
    [InlineData("{{ html = 1 }}{{ html }}")]
    public void TemplatesCannotChangeTheBuiltinsOthersUse(string change)
    {
        var dir = TemplateFolder.With(("assessor-checklist.md.sbn", change), ("mapping-grid.html.sbn", "{{ 'A' | string.downcase }} {{ 'b' | string.upcase }} {{ '<' | html.escape }}"));
        var bag = new DiagnosticBag();

        var docs = Render(Seed, dir, bag);

        var html = Assert.Single(docs, d => d.RelativePath.EndsWith("mapping-grid.html", StringComparison.Ordinal));
        Assert.Equal("a B &lt;", html.TemplateOutput);
        if (!change.Contains("{{ html }}", StringComparison.Ordinal))
        {
            Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0302");
        }
    }

    /// <summary>No clock (a document is the same bytes on every build) and no template-written regex (it could backtrack without bound).</summary>
    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ timespan.from_days 1 }}")]
    [InlineData("{{ regex.match 'a' 'a' }}")]
    public void TemplatesHaveNoClockAndNoRegex(string call)
    {
        var dir = TemplateFolder.With(("mapping-grid.md.sbn", call));
        var bag = new DiagnosticBag();

        Render(Seed, dir, bag);

        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0302" && d.Location.Path.EndsWith("mapping-grid.md.sbn", StringComparison.Ordinal));
    }

    /// <summary>What <paramref name="template"/>, standing in for mapping-grid.md, prints for the seed; it must render without a diagnostic.</summary>
    private static string PrintedBy(string template)
    {
        var bag = new DiagnosticBag();
        var docs = Render(Seed, TemplateFolder.With(("mapping-grid.md.sbn", template)), bag);
        Assert.Empty(bag.ToImmutable());
        return Assert.Single(docs, d => d.RelativePath.EndsWith("mapping-grid.md", StringComparison.Ordinal)).TemplateOutput;
    }

    /// <summary>The embedded templates are parsed only when a render first asks for one, so nothing reports their syntax errors at load: this test does.</summary>
    [Fact]
    public void EveryEmbeddedTemplateParses()
    {
        var templates = ProjectTemplates.Load(null, new DiagnosticBag());

        Assert.NotEmpty(templates.Names);
        Assert.All(templates.Names, name => Assert.Empty(templates.Get(name)!.Messages));
    }

    [Fact]
    public void TheBuiltinsTemplatesUseAreThere() =>
        Assert.Equal("1,2,3 2 true true   x", PrintedBy("{{ [3, 1, 2] | array.sort | array.join ',' }} {{ 1.5 | math.round }} {{ unit | object.keys | array.size > 0 }} {{ [] == empty }} {{ 'x' | string.pad_left 3 }}"));

    /// <summary>A value a spreadsheet would run as a formula stays text in a CSV file; csv.quote, for the workbook's rows, leaves it alone.</summary>
    [Fact]
    public void CsvFieldsAreQuotedAndFormulasGuarded() => Assert.Equal(
        "\"'=SUM(A1)\",\"'+1\",\"'@x\",\"-1\",\"say \"\"hi\"\"\",\"\",\"1.5\",\"=SUM(A1)\"",
        PrintedBy("{{ csv.field '=SUM(A1)' }},{{ csv.field '+1' }},{{ csv.field '@x' }},{{ csv.field '-1' }},{{ csv.field 'say \"hi\"' }},{{ csv.field null }},{{ csv.field 1.5 }},{{ csv.quote '=SUM(A1)' }}"));

    [Fact]
    public void CriteriaListTheirEvidenceRequiredAndSuggested()
    {
        var output = PrintedBy("{{ for o in outcomes }}{{ o.kind }}: {{ o.criteria[0].required_evidence }} / {{ o.criteria[0].suggested_evidence }}\n{{ end }}");

        Assert.Contains("skill: Direct observation / Professional discussion; Witness testimony; Product evidence\n", output, StringComparison.Ordinal);
        Assert.Contains("knowledge:  / Reflective account; Questioning; Professional discussion\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsafeReferenceStaysInsideTheOutputFolder()
    {
        var unit = Seed with { Header = Seed.Header with { Ref = "../../etc/passwd" } };
        var docs = Render(unit, null, new DiagnosticBag());
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "out"));
        Assert.All(docs, d => Assert.StartsWith(root + Path.DirectorySeparatorChar, Path.GetFullPath(Path.Combine(root, d.RelativePath))));
        Assert.Equal("_", UnitRef.ToFileStem(".."));
        Assert.Equal("_", UnitRef.ToFileStem("/"[..0]));
    }
}
