using System.Text;
using CsCheck;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Guidance.Generated;

/// <summary>
/// Whatever layout a topic synopsis has (heading wordings and dress, bullets, numbers, HTML lists,
/// paragraphs, wrapped items, title separators, line ends), reading it gives its content back, with
/// no warning. One property draws every knob at once; the others vary one family from the seed's layout.
/// </summary>
public class SynopsisReadingProperties
{
    private const int FamilyIterations = 150;

    [Fact]
    public void EveryKnobAtOnce() => Check(SynopsisGen.All, 1000);

    [Fact]
    public void HeadingWordings() => Check(SynopsisGen.Wordings.Select(w => SynopsisKnobs.Seed with { Wordings = w }), FamilyIterations);

    [Fact]
    public void HeadingDress() => Check(Gen.Enum<HeadingDress>().Select(d => SynopsisKnobs.Seed with { Dress = d }), FamilyIterations);

    [Fact]
    public void ItemMarkers() => Check(Gen.Select(Gen.OneOf(SynopsisKnobs.Markers), Gen.OneOf("", "  ", "\t"), (m, i) => SynopsisKnobs.Seed with { Marker = m, Indent = i }), FamilyIterations);

    [Fact]
    public void WrappedItemsAndBlankLines() => Check(Gen.Bool.Array[3].Select(b => SynopsisKnobs.Seed with { Wrap = b[0], BlankBetweenItems = b[1], BlankAfterHeading = b[2] }), FamilyIterations);

    [Fact]
    public void KeyConceptTitles() => Check(Gen.Enum<TitleStyle>().Select(t => SynopsisKnobs.Seed with { Titles = t }), FamilyIterations);

    private static void Check(Gen<SynopsisKnobs> knobs, long iterations) =>
        Gen.Select(SynopsisGen.Draft, knobs, (draft, k) => new Case(draft, k)).Sample(
            c =>
            {
                var diagnostics = new DiagnosticBag();
                var bytes = Encoding.UTF8.GetBytes(c.Text);
                var source = TextDecoder.Decode("synopsis.txt", bytes, diagnostics);
                Assert.NotNull(source);
                var guidance = GuidanceParser.Parse(source, diagnostics);
                var unexpected = diagnostics.ToImmutable().Where(d => !(d.Id == "UNITC0403" && c.Knobs.Preview)).ToList();
                Assert.True(unexpected.Count == 0, "reading reported:\n" + string.Join("\n", unexpected) + c.Listing);
                Assert.NotNull(guidance);
                var difference = FirstDifference(c.Draft, guidance);
                Assert.True(difference is null, difference + c.Listing);
            },
            iter: iterations,
            print: c => c.ToString());

    private static string? FirstDifference(SynopsisDraft draft, StudyGuidance read)
    {
        var synopsis = string.Join(' ', draft.Synopsis);
        if (read.Synopsis.Value != synopsis)
        {
            return $"synopsis: expected \"{synopsis}\"\n           read \"{read.Synopsis.Value}\"";
        }

        foreach (var (kind, items) in GuidanceKinds.All.Zip(draft.Lists))
        {
            var got = read.Items(kind.Kind);
            if (got.Length != items.Length)
            {
                return $"{kind.SpecKey}: expected {items.Length} items, read {got.Length}:\n" + string.Join("\n", got.Select(g => $"  [{g.Title?.Value}] {g.Text.Value}"));
            }

            for (var i = 0; i < items.Length; i++)
            {
                if (got[i].Title?.Value != items[i].Title || got[i].Text.Value != items[i].Text)
                {
                    return $"{kind.SpecKey}[{i}]: expected [{items[i].Title}] \"{items[i].Text}\"\n{new string(' ', kind.SpecKey.Length + 4)}read [{got[i].Title?.Value}] \"{got[i].Text.Value}\"";
                }
            }
        }

        return null;
    }

    /// <summary>One generated case; printed as its knobs and the synopsis text, which is all a failure needs.</summary>
    private sealed record Case(SynopsisDraft Draft, SynopsisKnobs Knobs)
    {
        public string Text { get; } = SynopsisWriter.Write(Draft, Knobs);

        public string Listing =>
            "\n----- synopsis text -----\n" + string.Join("\n", Text.Split('\n').Select((line, i) =>
                $"{i + 1,4}| {line.Replace("\uFEFF", "⟨BOM⟩", StringComparison.Ordinal).Replace("\t", "→", StringComparison.Ordinal).Replace("\r", "␍", StringComparison.Ordinal)}")) + "\n-----";

        public override string ToString() => $"knobs: {Knobs with { }} wordings [{string.Join(',', Knobs.Wordings)}]{Listing}";
    }
}
