using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Guidance;

/// <summary>
/// Reads a topic synopsis: sections found by their headings (<see cref="GuidanceHeadings"/>), items
/// marked by bullets, numbers or &lt;li&gt; that may wrap over lines, or written one paragraph each;
/// key concepts as "Title: text" (or "Title – text", "**Title** text"). The truncated preview line
/// above the first heading is dropped when it is a prefix of the synopsis, and table-rule artefacts
/// are dropped with a warning. Items come out unaligned; <see cref="GuidanceAligner"/> adds the criteria.
/// </summary>
public static class GuidanceParser
{
    private const string SynopsisSection = "synopsis";

    /// <summary>Headings are a few words ("Useful Resources", "Further Reading and Links"); a longer line is an item.</summary>
    private const int MaxHeadingWords = 6;

    public static StudyGuidance? Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var sections = new Dictionary<string, List<MappedTextBuilder>>(StringComparer.Ordinal);
        var preface = new List<(MappedTextBuilder Text, int Line)>();
        string? section = null;
        MappedTextBuilder? current = null;

        var lines = SynopsisLineReader.Read(source, diagnostics);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case SynopsisLineKind.Blank:
                    current = section == SynopsisSection ? current : null;
                    continue;
                case SynopsisLineKind.Artefact:
                    diagnostics.Add(DiagnosticCatalog.ExportArtefact, source.Location(line.Offset));
                    continue;
            }

            // "2. Key Concepts" is a numbered heading; a bulleted line is always an item.
            if ((line.Kind == SynopsisLineKind.Text || line.Numbered) && GuidanceHeadings.Classify(line.Text.Value) is { } heading)
            {
                section = heading;
                sections.TryAdd(section, []);
                current = null;
                continue;
            }

            if (section is null)
            {
                var preview = new MappedTextBuilder();
                preview.Append(line.Text);
                preface.Add((preview, line.Line));
                continue;
            }

            var startsItem = section != SynopsisSection && (line.Kind == SynopsisLineKind.Item || line.OpensBlock);
            if (current is null || startsItem)
            {
                if (section != SynopsisSection && line.Kind == SynopsisLineKind.Text && LooksLikeHeading(lines, i))
                {
                    diagnostics.Add(DiagnosticCatalog.UnknownGuidanceHeading, source.Location(line.Offset), line.Text.Value, GuidanceHeadings.NameOf(section));
                }

                current = new MappedTextBuilder();
                sections[section].Add(current);
            }
            else if (current.Length > 0)
            {
                current.Append(' ', line.Text.Origin.IsKnown ? line.Text.Origin.OffsetAt(0) : line.Offset);
            }

            current.Append(line.Text);
        }

        if (sections.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoGuidanceSections, SourceLocation.File(source.Path));
            return null;
        }

        var synopsisParts = sections.GetValueOrDefault(SynopsisSection) ?? [];
        var synopsisText = Join(source, synopsisParts).Value;
        var kept = new List<MappedTextBuilder>();
        foreach (var (text, line) in preface)
        {
            var value = text.ToLocatedText(source).Value;
            if (synopsisText.StartsWith(value.TrimEnd('.', '\u2026', ' '), StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.PreviewDropped, source.Location(source.LineStart(line)));
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.UnplacedGuidanceText, source.Location(source.LineStart(line)));
                kept.Add(text);
            }
        }

        var synopsis = Join(source, [.. kept, .. synopsisParts]);

        return StudyGuidance.Create(synopsis, kind => Items(source, sections, kind.SpecKey, kind.HasTitles));
    }

    /// <summary>
    /// A short line standing alone, without a full stop, before a list: a heading unitc does not know
    /// ("Useful Resources"). Its text is kept as an item of the section above, and the writer is told.
    /// </summary>
    private static bool LooksLikeHeading(List<SynopsisLine> lines, int i)
    {
        var text = lines[i].Text.Value;
        var words = text.TrimStart('*', '#', ' ');
        if (words.Length is 0 or > 60 || words.Count(c => c == ' ') >= MaxHeadingWords || words[^1] is '.' or '?' or '!' or ';' or ',' || !char.IsUpper(words[0]))
        {
            return false;
        }

        var previous = i == 0 ? SynopsisLineKind.Blank : lines[i - 1].Kind;
        var next = lines.Skip(i + 1).FirstOrDefault(l => l.Kind != SynopsisLineKind.Blank);
        return (previous is SynopsisLineKind.Blank or SynopsisLineKind.Artefact || lines[i].OpensBlock) && next.Kind == SynopsisLineKind.Item;
    }

    private static ImmutableArray<GuidanceItem> Items(SourceText source, Dictionary<string, List<MappedTextBuilder>> sections, string key, bool withTitles)
    {
        var items = ImmutableArray.CreateBuilder<GuidanceItem>();
        foreach (var builder in sections.GetValueOrDefault(key) ?? [])
        {
            var text = builder.ToLocatedText(source);
            var location = text.Origin.Locate(0);
            if (withTitles && KeyConceptTitle.Split(text.Value) is var (titleStart, titleLength, textStart))
            {
                var title = new LocatedText(text.Value.Substring(titleStart, titleLength), text.Origin.Slice(titleStart, titleLength));
                var rest = text.Value[textStart..];
                items.Add(new GuidanceItem(title, new LocatedText(rest, text.Origin.Slice(textStart, rest.Length)), [], location));
            }
            else
            {
                items.Add(new GuidanceItem(null, text, [], location));
            }
        }

        return items.ToImmutable();
    }

    private static LocatedText Join(SourceText source, IReadOnlyList<MappedTextBuilder> parts)
    {
        var joined = new MappedTextBuilder();
        foreach (var part in parts)
        {
            var text = part.ToLocatedText(source);
            if (joined.Length > 0)
            {
                joined.Append(' ', text.Origin.IsKnown ? text.Origin.OffsetAt(0) : 0);
            }

            joined.Append(text);
        }

        return joined.ToLocatedText(source);
    }
}
