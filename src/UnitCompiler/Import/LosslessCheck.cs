using System.Net;
using System.Text.RegularExpressions;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// Proves an import lost nothing: every word of the source, less the structure that the spec's keys
/// stand for, must appear in the spec as often as in the source. What counts as structure comes from
/// the phrase tables the parser reads with (metadata labels, section headings, the outcome table's
/// header, synopsis headings, LO/AC markers), so the check and the parser cannot disagree about it.
/// Words are compared without case, tags and entities; numbers written as words count as their digits.
/// </summary>
public static partial class LosslessCheck
{
    /// <summary>The source words the spec does not hold, with how many are missing of each; empty when nothing was lost.</summary>
    public static IReadOnlyDictionary<string, int> MissingWords(string sourceText, Unit unit)
    {
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in unit.Outcomes)
        {
            outcomes.TryAdd(o.Id, MarkdownInline.ToPlainText(o.Text.Value)); // a repeated number (an error of its own): the first, as the reader takes it
        }

        var source = Count(SourceWords(sourceText, id => outcomes.GetValueOrDefault(id)));
        var spec = Count(Words(SpecWriter.Write(unit)).Concat(NumberWordsOf(unit)));
        var missing = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in source)
        {
            var have = spec.GetValueOrDefault(word);
            if (have < count)
            {
                missing[word] = count - have;
            }
        }

        return missing;
    }

    private static IEnumerable<string> SourceWords(string text, Func<string, string?> outcomeText)
    {
        var afterHeaderCell = false;
        var afterCriteriaCell = false;
        var headerRowOpen = false;
        MetadataKind? labelAbove = null;

        foreach (var rawLine in Lines(text))
        {
            // An HTML table's cell boundary is a tab, as in the export's own rows.
            var line = Decode(Tag().Replace(TableCellBoundary().Replace(SubOrSuperscript().Replace(CaptionOrTitle().Replace(rawLine, " "), string.Empty), "\t"), " ")).Trim();
            if (IsHeading(rawLine, line) && UnitNumbering.RepeatedOutcome(MarkdownInline.ToPlainText(line.TrimStart('#')), outcomeText) is not null)
            {
                continue; // indicative content headed by an outcome it repeats: the outcome's key stands for it
            }

            if (line.Length == 0 || ExportLine.IsContainerFence(line))
            {
                headerRowOpen = false;
                continue; // a Markdown container's fence (":::note") is presentation, as the reader reads it
            }

            // The header row wrapped ("Assessment Criterion (The Learner" / "can):"): prose straight after it is its words, as the reader reads them.
            if (headerRowOpen && !rawLine.Contains('\t') && !ExportLine.StartsWithTag(rawLine.TrimStart()) && !UnitNumbering.StartsOutcome(line))
            {
                continue;
            }

            headerRowOpen = line.Split('\t', StringSplitOptions.TrimEntries) is [var first, var second] && SectionHeadings.IsTableHeader(first, second);

            // An HTML header row with a cell per line: the criteria column's label follows the outcome column's.
            var headerCell = !line.Contains('\t') && SectionHeadings.IsTableHeader(line, null);
            // A header cell of two paragraphs ("Assessment criteria" / "The learner can:") is the label on two lines.
            if ((afterHeaderCell || afterCriteriaCell) && SectionHeadings.IsCriteriaColumnHeader(line))
            {
                afterHeaderCell = false;
                afterCriteriaCell = true;
                continue;
            }

            afterHeaderCell = headerCell;
            afterCriteriaCell = false;

            // A metadata table with each cell on a line of its own ("<th>Credit value:</th>" / "<td>5 credits</td>"): the value's unit words are the label's.
            // The label line itself is structure, colon or not ("<td><p><b>Unit reference number</b></p></td>").
            var oneCell = !line.Contains('\t');
            MetadataKind? labelHere = oneCell && MetadataLabels.IsKnown(line) ? MetadataLabels.Classify(line) : null; // a trailing colon is the line's, not the label's
            var words = labelHere is not null ? string.Empty : labelAbove is { } kind && oneCell ? MetadataLabels.WithoutLabelWords(kind, line) : WithoutStructure(line);
            labelAbove = labelHere;
            foreach (var word in Words(words))
            {
                yield return word;
            }
        }
    }

    /// <summary>
    /// The source's lines as the reader reads them: a line may end in CR alone (an old Mac's export); a tag
    /// that a line break split ("&lt;p class=MsoListParagraph" / "style='...'&gt;") or a marker wrapped before
    /// its number is one line; a whole table on one line is a line per row; a paragraph's &lt;br&gt; breaks it;
    /// a pipe table's cells are separated by tabs; a list paragraph's bullet glyph is a bullet, no word; a table
    /// cell whose text an editor wrapped onto more lines is one line; a table's caption row has no words.
    /// </summary>
    private static IEnumerable<string> Lines(string text) =>
        JoinWrappedCells(TagAcrossLines().Replace(MarkerAcrossLines(StyleSheet().Replace(WordListGlyph().Replace(WithoutHidden(text).ReplaceLineEndings("\n"), "${open}${after}"), " ")), m => m.Value.ReplaceLineEndings(" "))
            .Split('\n'))
            .SelectMany(l => TableRowOpen().Replace(l, "\n$0").Split('\n'))
            .Select(CaptionRows)
            .SelectMany(ParagraphLines)
            .Select(WithoutHardBreak)
            .Select(PipeCells);

    /// <summary>A line less the backslash that ends it, Markdown's hard line break ("**Credit value:** 6 credits\"), which the reader reads as a line break.</summary>
    private static string WithoutHardBreak(string line) =>
        line.AsSpan().TrimEnd() is var trimmed && trimmed.EndsWith('\\') ? trimmed[..^1].ToString() : line;

    /// <summary>The text less what the page never shows (a saved page's head, a Markdown page's front matter), as the reader skips it.</summary>
    private static string WithoutHidden(string text)
    {
        var hidden = HiddenText.Find(text);
        if (hidden.Count == 0)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var run in hidden)
        {
            kept.Append(text, at, run.Start - at).Append('\n');
            at = run.End;
        }

        return kept.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// A table cell opened on a line and closed on a later one ("&lt;td&gt;Learning Outcome - The" /
    /// "learner will:&lt;/td&gt;", FrontPage's hard wrap at 80 columns) is one line, as the reader reads the row:
    /// its words are the cell's, a header cell's too. A line that opens a cell or a row of its own ends the join, and
    /// so does a heading or a table rule not indented by a tab, which end a row in the reader too.
    /// </summary>
    private static IEnumerable<string> JoinWrappedCells(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var open = CellOpen().Count(lines[i]) - CellClose().Count(lines[i]);
            if (open <= 0)
            {
                yield return lines[i];
                continue;
            }

            var line = new System.Text.StringBuilder(lines[i].TrimEnd());
            var j = i;
            while (open > 0 && j + 1 < lines.Length && j - i < MaxWrappedCellLines && !CellOpen().IsMatch(lines[j + 1]) && !TableRowOpen().IsMatch(lines[j + 1])
                && (lines[j + 1].StartsWith('\t') || ExportLine.Classify(lines[j + 1]) is not (LineShape.Heading or LineShape.Artefact)))
            {
                j++;
                line.Append(' ').Append(lines[j].Trim()); // one space where the line broke: the indentation of a continuation is no cell boundary
                open -= CellClose().Count(lines[j]);
            }

            i = j;
            yield return line.ToString();
        }
    }

    // A bound on one cell's lines, far above any real cell's, so the join stays linear on hostile input.
    private const int MaxWrappedCellLines = 2000;

    /// <summary>A pipe table's row ("| **Level** | 3 |") with its cells between tabs, as the export's own rows have them.</summary>
    private static string PipeCells(string line) =>
        ExportLine.IsPipeRow(line.AsSpan().Trim()) ? string.Join('\t', line.Trim()[1..^1].Split('|')) : line;

    /// <summary>An LO or outcome marker wrapped onto the next line ("LO" / "3 – Understand ...") is structure as it is on one line.</summary>
    private static string MarkerAcrossLines(string text) => Marker().Replace(text, m => m.Value.Contains('\n') ? "\n" : m.Value);

    /// <summary>A table's caption row ("&lt;tr&gt;&lt;th colspan="2"&gt;Unit summary&lt;/th&gt;&lt;/tr&gt;"), which the reader takes for layout: no words.</summary>
    private static string CaptionRows(string line) =>
        TableCaptions.CaptionRowLine().Replace(line, m => TableCaptions.IsCaptionText(Decode(Tag().Replace(m.Groups["body"].Value, " "))) ? " " : m.Value);

    /// <summary>Entities decoded as the reader decodes them: "&amp;#146;" is ’, "&amp;amp;rsquo;" ’, a no-break space a space.</summary>
    private static string Decode(string text)
    {
        var decoded = WebUtility.HtmlDecode(DoubleEscaped().Replace(text, m => DoubleEscape.Undo(m.Groups[1].ValueSpan) is null ? m.Value : "&" + m.Groups[1].Value)).Replace('\u00A0', ' ');
        return decoded.Any(c => c is >= '\u0080' and <= '\u009F') ? string.Concat(decoded.Select(Windows1252.FromC1Control)) : decoded;
    }

    /// <summary>A line less the words that are structure: a heading that opens a section, a metadata label, the table header, a marker.</summary>
    private static string WithoutStructure(string line)
    {
        var heading = line.TrimStart('#').Trim();
        if (SectionHeadings.Classify(heading) is not null || GuidanceHeadings.IsSynopsisHeading(heading))
        {
            return string.Empty;
        }

        var cells = line.Split('\t', StringSplitOptions.TrimEntries);
        if (SectionHeadings.IsTableHeader(cells[0], cells.Length > 1 ? cells[1] : null))
        {
            return string.Join(' ', cells.Skip(2));
        }

        if (cells.Length == 2 && MetadataLabels.IsKnown(cells[0]))
        {
            return MetadataLabels.WithoutLabelWords(MetadataLabels.Classify(cells[0]), cells[1]);
        }

        // "- **Level:** 3": metadata set out as a list is read as the same label.
        var item = ExportLine.IsListMarker(line) ? line[2..].TrimStart() : line;
        if (MetadataLabels.Match(item) is { } label && MetadataLabels.IsKnown(label.Label))
        {
            line = MetadataLabels.WithoutLabelWords(MetadataLabels.Classify(label.Label), item[label.ValueIndex..]);
        }

        // LO1 / AC2.2 markers are the spec's criterion keys; sub-item letters are item ids.
        return Marker().Replace(line, " ");
    }

    /// <summary>
    /// A paragraph's lines: a line break in a paragraph outside any table ("&lt;strong&gt;Unit title:&lt;/strong&gt; ...&lt;br&gt;&lt;strong&gt;Level:&lt;/strong&gt; 3")
    /// starts a line as a new line does, and so does each item of a list saved on one line ("&lt;li&gt;&lt;strong&gt;Level:&lt;/strong&gt; 1&lt;/li&gt;&lt;li&gt;...").
    /// In a table's cells it stays, so a header cell "Learning outcomes&lt;br&gt;The learner will:" stays whole.
    /// </summary>
    private static IEnumerable<string> ParagraphLines(string line) =>
        line.Contains('\t') || line.Contains("<td", StringComparison.OrdinalIgnoreCase) ? [line] : ListItemOpen().Replace(line, "\n$0").Split('\n').SelectMany(l => LineBreak().Split(l));

    /// <summary>A Markdown or HTML heading, or a line all in bold.</summary>
    private static bool IsHeading(string rawLine, string line) =>
        line.StartsWith('#') || rawLine.TrimStart().StartsWith("<h", StringComparison.OrdinalIgnoreCase)
        || (line.Length > 4 && line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal));

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    /// <summary>
    /// "Five (5)" becomes level: 5; the word "five" is then held by the number. "Entry level Three"
    /// and "Entry 3 (E3)" become level: Entry 3, which holds "entry", "level", "three" and "e3" as well.
    /// </summary>
    private static IEnumerable<string> NumberWordsOf(Unit unit)
    {
        if (unit.Header.Level == EntryLevel.Level)
        {
            yield return "entry";
            yield return "level";
        }

        if (unit.Header.EntryStage is { } stage)
        {
            yield return "e" + stage.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var w in NumberWords.ToWords(stage)?.Split(' ') ?? [])
            {
                yield return w;
            }
        }

        foreach (var n in new[] { unit.Header.Level, unit.Header.Credit, unit.Header.GuidedLearningHours })
        {
            if (n is { } value && NumberWords.ToWords(value) is { } words)
            {
                foreach (var w in words.Split(' '))
                {
                    yield return w;
                }
            }
        }
    }

    private static Dictionary<string, int> Count(IEnumerable<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"&amp;(#?[A-Za-z0-9]{1,31};)", RegexOptions.NonBacktracking)]
    private static partial Regex DoubleEscaped();

    // A whole table saved on one line: each row is read as a line, as the reader reads it.
    // "CO<sub>2</sub>" is the one word "CO2", as the reader reads it; other tags part words.
    /// <summary>A table's caption, which the reader takes for layout, as it does a caption row; a saved page's title, the browser's name for its tab.</summary>
    [GeneratedRegex(@"<(?:(?:fig)?caption|title)(?:\s[^<>]*)?>[^<>]*</(?:(?:fig)?caption|title)>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CaptionOrTitle();

    [GeneratedRegex(@"</?su[bp]>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SubOrSuperscript();

    [GeneratedRegex(@"<(?:tr|dt)[\s>]", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TableRowOpen();

    /// <summary>A style sheet (a saved page's <c>&lt;style&gt;</c>, over many lines), which the reader never reads as text.</summary>
    [GeneratedRegex(@"<style(?:\s[^<>]*)?>[^<]*</style>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex StyleSheet();

    [GeneratedRegex(@"<t[hd][\s>]", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CellOpen();

    /// <summary>
    /// One glyph alone in Word's list-marker span ("&lt;span style='mso-list:Ignore'&gt;o&lt;span&gt;", Courier New's
    /// circle; "&amp;#167;", Wingdings' square), which the reader takes for a bullet: the glyph is left out.
    /// </summary>
    [GeneratedRegex(@"(?<open><span\s[^<>]*mso-list:\s*ignore[^<>]*>)\s*(?:&#?[A-Za-z0-9]{1,8};|[^<\s&])(?<after>\s*<)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex WordListGlyph();

    [GeneratedRegex(@"</t[hd]\s*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CellClose();

    [GeneratedRegex(@"<li[\s>]", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ListItemOpen();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<(?:[A-Za-z/]|![A-Za-z\[])[^<>]*\n[^<>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex TagAcrossLines();

    /// <summary>Where one cell ends and the next begins: table cells, a term and its definition, a page grid's columns ("&lt;/div&gt;&lt;div class=col-8&gt;").</summary>
    [GeneratedRegex(@"</(?:t[dh]|dt|div)>\s*<(?:t[dh]|dd|div)(?:\s[^<>]*)?>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TableCellBoundary();

    [GeneratedRegex(@"\b(?:LO|AC|(?:[Ll]earning\s+)?[Oo]utcome|[Aa]ssessment\s+[Cc]riteri(?:on|a))\s?\d+(?:\.\d+)?\b", RegexOptions.NonBacktracking)]
    private static partial Regex Marker();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.NonBacktracking)]
    private static partial Regex Word();
}
