using System.Text;
using UnitCompiler.Import;
using UnitCompiler.Spec;
using static UnitCompiler.Tests.ImportHelpers;

namespace UnitCompiler.Tests.Import;

/// <summary>Each quirk real exports show, one at a time, on top of the seed.</summary>
public class ImportQuirkTests
{
    private static readonly string SeedSpec = SpecWriter.Write(ImportText(SeedText).Unit!);

    [Fact]
    public void CrlfLineEndsGiveTheSameSpec() =>
        Assert.Equal(SeedSpec, SpecWriter.Write(ImportText(SeedText.Replace("\n", "\r\n")).Unit!));

    [Fact]
    public void Utf8ByteOrderMarkIsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SeedText)).ToArray();
        Assert.Equal(SeedSpec, SpecWriter.Write(UnitImporter.Import("unit.txt", bytes).Unit!));
    }

    [Fact]
    public void NonBreakingSpacesAndHyphensAreNormalised()
    {
        var text = SeedText.Replace("1.2 Describe the relationship", "1.2 Describe\u00A0the relationship").Replace("person-centred practice on", "person\u2011centred practice on");
        var c12 = ImportText(text).Unit!.FindCriterion("1.2")!;
        Assert.StartsWith("Describe the relationship", c12.Text.Value);
        Assert.Contains("person-centred practice on", c12.Text.Value);
    }

    [Fact]
    public void TypographicQuotesAndEntitiesAreDecoded()
    {
        var text = SeedText.Replace("Assess own service's role", "Assess own service&#8217;s role &amp; &ldquo;place&rdquo;");
        var c22 = ImportText(text).Unit!.FindCriterion("2.2")!;
        Assert.StartsWith("Assess own service\u2019s role & \u201Cplace\u201D", c22.Text.Value);
    }

    [Fact]
    public void Windows1252IsDecodedWithAWarningNeverReplacementCharacters()
    {
        var bytes = Encoding.UTF8.GetBytes(SeedText.Replace("Assess own service's role", "Assess own service\u2019s role"));
        var text = Encoding.UTF8.GetString(bytes).Replace("\u2019", "\u0001");
        var latin = text.Select(c => c == '\u0001' ? (byte)0x92 : (byte)c).ToArray(); // the seed is ASCII apart from this and the dashes
        var seedNonAscii = SeedText.Any(c => c > 127);
        var input = seedNonAscii ? Utf8ThenOne1252Byte() : latin;
        var result = UnitImporter.Import("old.txt", input);
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0005");
        Assert.DoesNotContain('\uFFFD', SpecWriter.Write(result.Unit!));
        Assert.Contains("service\u2019s", result.Unit!.FindCriterion("2.2")!.Text.Value);

        static byte[] Utf8ThenOne1252Byte()
        {
            // Replace the seed's non-ASCII characters with their Windows-1252 bytes, as an old export would hold them.
            var chars = SeedText.Replace("Assess own service's role", "Assess own service\u2019s role");
            var cp = new Dictionary<char, byte> { ['\u2019'] = 0x92, ['\u2013'] = 0x96, ['\u2022'] = 0x95, ['\u2018'] = 0x91 };
            return chars.Select(c => c < 128 ? (byte)c : cp[c]).ToArray();
        }
    }

    [Fact]
    public void RowWrappedOverTwoLinesIsOneRow()
    {
        var text = SeedText.Replace("<p>4.1 Assess the importance of proactive approaches in supporting", "<p>4.1 Assess the importance of proactive approaches in\nsupporting");
        var unit = ImportText(text).Unit!;
        Assert.Equal("Assess the importance of proactive approaches in supporting individuals to build and maintain relationships", unit.FindCriterion("4.1")!.Text.Value);
        Assert.Equal(24, unit.Criteria.Count());
    }

    [Fact]
    public void TrailerArtefactIsDroppedWithWarning()
    {
        var result = ImportText(SeedText);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0101");
        Assert.Equal(LineOf(SeedText, "------------\t--") - 1, d.Location.Line);
        Assert.DoesNotContain("----", SpecWriter.Write(result.Unit!));
    }

    [Fact]
    public void UnknownMetadataLabelIsKept()
    {
        var text = SeedText.Replace("**Level:** Five (5)", "**Level:** Five (5)\n\n**Sector Subject Area:** 1.3 Health and Social Care");
        var result = ImportText(text);
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0105" && d.Location.Line == LineOf(text, "Sector Subject") - 1);
        var field = Assert.Single(result.Unit!.Header.Other);
        Assert.Equal(("Sector Subject Area", "1.3 Health and Social Care"), (field.Label, field.Value.Value));
    }

    [Fact]
    public void NumberWordsThatDisagreeWarn()
    {
        var result = ImportText(SeedText.Replace("**Credit Value:** Five (5)", "**Credit Value:** Five (6)"));
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0107");
        Assert.Equal(6, result.Unit!.Header.Credit);
    }

    [Fact]
    public void KindConflictWarns()
    {
        var result = ImportText(SeedText.Replace("Learning Outcomes 3, 5 and 7 are skill based", "Learning Outcomes 3, 4 and 5 are skill based"));
        Assert.False(result.HasErrors);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "UNITC0208"));
    }

    [Fact]
    public void UnknownOutcomeStemWarns()
    {
        var result = ImportText(SeedText.Replace("<p>4. Understand the role", "<p>4. Explore the role"));
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0108");
    }

    [Fact]
    public void MissingSectionsWarn()
    {
        var cut = SeedText[..SeedText.IndexOf("## Assessment Requirements", StringComparison.Ordinal)];
        var result = ImportText(cut);
        Assert.False(result.HasErrors);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "UNITC0113"));
    }

    [Fact]
    public void IndicativeContentOutsideCriterionIsKept()
    {
        var text = SeedText.Replace("**LO5**\n\n### **AC5.2**", "**LO5**\n\n**Orphan:** a definition before any AC heading.\n\n### **AC5.2**");
        var result = ImportText(text);
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0111");
        Assert.Contains(result.Unit!.IndicativeContent, c => c.CriterionId == "5" && c.Definitions.Single().Term.Value == "Orphan");
    }

    [Fact]
    public void TextOutsideCriteriaIsKept()
    {
        var text = SeedText.Replace("<hr/> <p>4.2 Evaluate", "<p>A stray remark.</p> <hr/> <p>4.2 Evaluate");
        var result = ImportText(text);
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0109");
        Assert.EndsWith("A stray remark.", result.Unit!.FindCriterion("4.1")!.Text.Value);
    }

    [Fact]
    public void LiteralMarkdownCharactersFromHtmlStayLiteral()
    {
        var unit = ImportText(SeedText.Replace("7.2 Facilitate a person-centred approach", "7.2 Facilitate a *person-centred* approach")).Unit!;
        var c72 = unit.FindCriterion("7.2")!;
        Assert.StartsWith(@"Facilitate a \*person-centred\* approach", c72.Text.Value);
        Assert.Empty(c72.Terms);
    }

    [Fact]
    public void WordListMarkerGlyphIsABulletAndANumberMarkerStaysItsLetter()
    {
        // Word's list paragraphs: a bullet is one glyph of a symbol font in the "mso-list:Ignore" span (Courier New's
        // "o" here, a letter as a character), a number its own text ("b)"); the conditional markup wrapped at its space.
        var items = "<p class=MsoListParagraph><![if\n!supportLists]><span style='font-family:\"Courier New\"'><span style='mso-list:Ignore'>o<span>&nbsp;</span></span></span><![endif]>the team rota</p>"
            + "<p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>b)<span>&nbsp;</span></span><![endif]>their training records</p>";
        var text = SeedText.Replace("to achieve individuals' desired outcomes</p> <hr/> <p>3.2", "to achieve individuals' desired outcomes, including:</p>" + items + " <hr/> <p>3.2");
        var result = ImportText(text);
        var c31 = result.Unit!.FindCriterion("3.1")!;
        Assert.Equal(["a: the team rota", "b: their training records"], c31.Items.Select(i => i.Id + ": " + i.Text.Value));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "UNITC0109");
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit!));
    }

    [Fact]
    public void BlockquoteLinesAreParagraphsWithoutTheirMarker()
    {
        var text = SeedText.Replace(
            "This unit must be assessed in accordance with Skills for Care & Development assessment principles guidance.",
            "> This unit must be assessed in accordance with Skills for Care\n> & Development assessment principles guidance.\n>\n> > Quoted within the quote.");
        var result = ImportText(text);
        var paragraphs = result.Unit!.Assessment.Text.Select(t => t.Value).ToList();
        Assert.Equal("This unit must be assessed in accordance with Skills for Care & Development assessment principles guidance.", paragraphs[0]);
        Assert.Equal("Quoted within the quote.", paragraphs[1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains('>'));
    }

    [Fact]
    public void SpanningRowOfATitleIsACaptionAndOfASentenceIsKept()
    {
        var table = "<table><tbody>\n<tr><th colspan=\"2\">Unit summary</th></tr>\n<tr><td colspan=\"2\">This unit is about leading practice in adult care.</td></tr>\n</tbody></table>\n\n";
        var text = SeedText.Replace("**Unit Title:**", table + "**Unit Title:**");
        var result = ImportText(text);
        var preamble = result.Unit!.Preamble.Text.Select(t => t.Value).ToList();
        Assert.Contains("This unit is about leading practice in adult care.", preamble);
        Assert.DoesNotContain(preamble, p => p.Contains("Unit summary", StringComparison.Ordinal));
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit!));
    }
}
