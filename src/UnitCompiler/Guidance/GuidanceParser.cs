using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Guidance;

/// <summary>
/// Reads a topic synopsis: sections found by their headings (tolerant of "&amp;"/"and", Markdown
/// marks, bold and trailing colons), "- " items that may wrap over lines, key concepts as
/// "- Title: text". The truncated preview line above the first heading is dropped when it is a
/// prefix of the synopsis, and table-rule artefacts are dropped with a warning. Items come out
/// unaligned; <see cref="GuidanceAligner"/> adds the criteria.
/// </summary>
public static class GuidanceParser
{
    public static StudyGuidance? Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var sections = new Dictionary<string, List<MappedTextBuilder>>(StringComparer.Ordinal);
        var preface = new List<(MappedTextBuilder Text, int Line)>();
        string? section = null;
        MappedTextBuilder? current = null;

        for (var line = 0; line < source.LineCount; line++)
        {
            var text = source.LineText(line);
            var start = source.LineStart(line);
            var trimmed = text.Trim();
            if (trimmed.IsEmpty)
            {
                current = section == "synopsis" ? current : null;
                continue;
            }

            if (ExportLine.IsArtefact(text))
            {
                diagnostics.Add(DiagnosticCatalog.ExportArtefact, source.Location(start));
                continue;
            }

            if (GuidanceHeadings.Classify(trimmed.ToString()) is { } heading && trimmed.Length < 80)
            {
                section = heading;
                sections.TryAdd(section, []);
                current = null;
                continue;
            }

            var lead = text.Length - text.TrimStart().Length;
            var isItem = trimmed.Length > 1 && trimmed[0] is '-' or '*' or '\u2022' && trimmed[1] == ' ';
            var contentStart = start + lead + (isItem ? 2 : 0);
            var content = new SourceSegment(contentStart, start + text.Length);
            if (section is null)
            {
                var preview = new MappedTextBuilder();
                AppendFolded(preview, source, content);
                preface.Add((preview, line));
                continue;
            }

            if (current is null || (isItem && section != "synopsis"))
            {
                current = new MappedTextBuilder();
                sections[section].Add(current);
            }
            else
            {
                current.Append(' ', contentStart);
            }

            AppendFolded(current, source, content);
        }

        if (sections.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoGuidanceSections, SourceLocation.File(source.Path));
            return null;
        }

        var synopsisParts = sections.GetValueOrDefault("synopsis") ?? [];
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

    private static ImmutableArray<GuidanceItem> Items(SourceText source, Dictionary<string, List<MappedTextBuilder>> sections, string key, bool withTitles)
    {
        var items = ImmutableArray.CreateBuilder<GuidanceItem>();
        foreach (var builder in sections.GetValueOrDefault(key) ?? [])
        {
            var text = builder.ToLocatedText(source);
            var location = text.Origin.Locate(0);
            var colon = text.Value.IndexOf(": ", StringComparison.Ordinal);
            if (withTitles && colon > 0 && colon < 100)
            {
                var title = new LocatedText(text.Value[..colon].Trim(), text.Origin.Slice(0, colon));
                var rest = text.Value[(colon + 2)..];
                items.Add(new GuidanceItem(title, new LocatedText(rest.Trim(), text.Origin.Slice(colon + 2, rest.Length)), [], location));
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

    /// <summary>Copies a run of source, folding white space and turning no-break spaces into spaces.</summary>
    private static void AppendFolded(MappedTextBuilder builder, SourceText source, SourceSegment segment)
    {
        for (var i = segment.Start; i < segment.End; i++)
        {
            var c = source.Text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && !builder.EndsWith(' '))
                {
                    builder.Append(' ', i);
                }
            }
            else
            {
                builder.Append(c == '\u2011' ? '-' : c, i);
            }
        }
    }
}
