using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// Writes a unit as the export text format (the seed's format), laid out as the knobs say. With
/// <see cref="ExportKnobs.Seed"/> the layout is the seed's. The text always means the unit given,
/// plus the skill-outcome sentence the knobs word (<see cref="Meaning"/>).
/// </summary>
internal static class ExportWriter
{
    private const string HeaderRow = "Learning Outcome (The Learner will):\tAssessment Criterion (The Learner can):";

    public static string Write(Unit unit, ExportKnobs knobs)
    {
        if (knobs.Headings.BackToBack && knobs.Table is OutcomeTable.Tabs or OutcomeTable.SpacesForTabs or OutcomeTable.CellPerLine)
        {
            knobs = knobs with { Table = OutcomeTable.HtmlRowsMultiLine }; // Word's paragraphs follow Word's table, a tag a line
        }

        unit = WithItalicNotes(unit, knobs);
        var e = new InlineEncoder(knobs);
        var lines = new List<string>();
        if (knobs.Headings.FrontMatter)
        {
            // The site's metadata of the page, never shown on it; the file's first line opens it.
            lines.AddRange(["---", $"id: unit-{unit.Header.Ref.Replace('/', '-')}", $"sidebar_label: \"Unit {unit.Header.Ref}\"", "sidebar_position: 3", "tags:", "  - units", "---", string.Empty]);
        }

        for (var i = 0; i < knobs.Lines.BlankLinesAtStart; i++)
        {
            lines.Add(string.Empty);
        }

        WriteFront(unit, knobs, e, lines);
        WriteOutcomes(unit, knobs, e, lines);
        var requirements = Meaning(unit, knobs).Assessment.Text;
        if (knobs.Headings.BackToBack)
        {
            // Word's paragraphs, no blank line between, straight after "</table>".
            lines.Add(e.Paragraph(e.Bold(HeadingWords(HeadingKnobs.AssessmentHeadings[knobs.Headings.Assessment]))));
            for (var i = 0; i < requirements.Length; i++)
            {
                lines.Add(i > 0 && knobs.Requirements == RequirementForm.WordSymbolBullets ? Requirement(requirements[i].Value, knobs.Requirements, e) : e.Paragraph(e.Html(requirements[i].Value)));
            }

            lines.Add(e.Paragraph(e.Bold(HeadingWords(HeadingKnobs.ContentHeadings[knobs.Headings.Content]))));
            lines.Add(string.Empty);
        }
        else
        {
            lines.AddRange(Heading(HeadingKnobs.AssessmentHeadings[knobs.Headings.Assessment], knobs));
            lines.Add(string.Empty);
            for (var i = 0; i < requirements.Length; i++)
            {
                lines.Add(i == 0 ? e.Markdown(requirements[i].Value) : Requirement(requirements[i].Value, knobs.Requirements, e));
                lines.Add(string.Empty);
            }

            lines.AddRange(Heading(HeadingKnobs.ContentHeadings[knobs.Headings.Content], knobs));
            lines.Add(string.Empty);
        }

        WriteContent(unit, knobs, e, lines);
        if (knobs.Headings.Trailer)
        {
            lines.Add("------------\t--");
        }

        // The physical lines: a wrapped cell carries its own breaks.
        var text = string.Join("\n", lines);
        if (!knobs.Headings.Trailer)
        {
            text += "\n";
        }

        if (knobs.Lines.CrOnly)
        {
            text = text.Replace("\n", "\r", StringComparison.Ordinal);
        }
        else if (knobs.Lines.Crlf)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return knobs.Lines.Bom ? "\uFEFF" + text : text;
    }

    /// <summary>A section heading as the knobs spell it: as given, or its words underlined with dashes.</summary>
    private static string[] Heading(string spelling, ExportKnobs knobs)
    {
        if (!knobs.Headings.Underlined)
        {
            return [spelling];
        }

        var words = HeadingWords(spelling);
        return [words, new string('-', words.Length)];
    }

    /// <summary>A heading spelling's words, without its "##", stars or tags.</summary>
    private static string HeadingWords(string spelling)
    {
        var words = spelling.TrimStart('#', ' ').Replace("**", string.Empty, StringComparison.Ordinal);
        return words.StartsWith('<') ? words[(words.IndexOf('>') + 1)..words.LastIndexOf('<')] : words;
    }

    /// <summary>True when the export gives no title label and its heading stands for the title.</summary>
    private static bool TitledByHeading(Unit unit, ExportKnobs knobs) => knobs.Metadata.NoTitleLabel && !unit.Preamble.IsEmpty && unit.Preamble.Heading.Value.Length > 0;

    /// <summary>
    /// The unit the written text means: the given one with the knobs' skill sentence among its assessment
    /// paragraphs, and titled by its heading when the export gives no title label.
    /// </summary>
    public static Unit Meaning(Unit unit, ExportKnobs knobs)
    {
        unit = WithItalicNotes(unit, knobs);
        if (TitledByHeading(unit, knobs))
        {
            unit = unit with { Header = unit.Header with { Title = unit.Preamble.Heading } };
        }

        if (knobs.Separator == CriterionSeparator.ListItems)
        {
            // Criteria written as one list have nowhere to put words after a criterion's nested
            // list but inside the next criterion's item: such an export is not written, and the unit
            // it stands for has none.
            unit = unit with
            {
                Outcomes = [.. unit.Outcomes.Select(o => o with { Criteria = [.. o.Criteria.Select(c => c with { AfterItems = null })] })],
            };
        }

        var skill = unit.Outcomes.Where(o => o.Kind == OutcomeKind.Skill).Select(o => int.Parse(o.Id, CultureInfo.InvariantCulture)).ToList();
        var sentence = SkillSentence.Write(skill, unit.Outcomes.Length, knobs.Skill);
        if (sentence is null)
        {
            return unit;
        }

        var text = unit.Assessment.Text;
        var at = knobs.Skill.At % (text.Length + 1);
        return unit with { Assessment = unit.Assessment with { Text = text.Insert(at, new LocatedText(sentence)) } };
    }

    /// <summary>With <see cref="ContentKnobs.Italics"/>, the unit with each note's last word in italics ("... the *handover*."); as it is otherwise, or when it has them already.</summary>
    private static Unit WithItalicNotes(Unit unit, ExportKnobs knobs)
    {
        if (!knobs.Content.Italics)
        {
            return unit;
        }

        static LocatedText Italic(LocatedText note)
        {
            var text = note.Value;
            var end = text.EndsWith('.') ? text.Length - 1 : text.Length;
            var start = text.LastIndexOf(' ', Math.Max(0, end - 1)) + 1;
            return text.Contains('*', StringComparison.Ordinal) || end - start < 2 ? note : new LocatedText(text[..start] + "*" + text[start..end] + "*" + text[end..]);
        }

        return unit with { IndicativeContent = [.. unit.IndicativeContent.Select(c => c with { Notes = [.. c.Notes.Select(Italic)] })] };
    }

    private static void WriteFront(Unit unit, ExportKnobs knobs, InlineEncoder e, List<string> lines)
    {
        var headings = knobs.Headings;
        if (headings.OfficeHead)
        {
            // Word's and Outlook's saved page: the doctype's address on a line of its own, the style sheet's rules
            // indented by tabs inside a comment, and Office's conditional XML; none of it shown.
            lines.AddRange([
                "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"", " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
                $"<{e.Tag("html")} xmlns:o=\"urn:schemas-microsoft-com:office:office\">", $"<{e.Tag("head")}>",
                "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">", $"<{e.Tag("title")}>Unit {unit.Header.Ref} master copy</{e.Tag("title")}>",
                $"<{e.Tag("style")}>", "<!--", " /* Style Definitions */", " p.MsoNormal, li.MsoNormal, div.MsoNormal", "\t{margin:0cm;", "\tfont-size:11.0pt;", "\tfont-family:\"Calibri\",sans-serif;}",
                "@page WordSection1", "\t{size:612.0pt 792.0pt;}", "-->", $"</{e.Tag("style")}><!--[if gte mso 9]><xml>", "<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />", "</xml><![endif]-->",
                $"</{e.Tag("head")}>", $"<{e.Tag("body")} lang=EN-GB>", string.Empty]);
        }
        else if (headings.PageTitle)
        {
            lines.AddRange(["<!DOCTYPE html>", $"<{e.Tag("html")}><{e.Tag("head")}>", $"<{e.Tag("title")}>Unit export {unit.Header.Ref} (draft)</{e.Tag("title")}>",
                $"<{e.Tag("style")} type=\"text/css\">", "body { font-family: Arial, sans-serif; font-size: 10pt; }", "table.confluenceTable { border-collapse: collapse; }", $"</{e.Tag("style")}>",
                $"</{e.Tag("head")}><{e.Tag("body")}>"]);
        }

        if (!unit.Preamble.IsEmpty)
        {
            var heading = unit.Preamble.Heading.Value;
            var level = headings.TitleLevel2 ? "h2" : "h1";
            if (headings.Underlined)
            {
                lines.AddRange([e.Markdown(heading), new string(headings.TitleLevel2 ? '-' : '=', Math.Max(3, heading.Length))]);
            }
            else
            {
                lines.Add(headings.HtmlTitle ? $"<{e.Tag(level)}>{e.Html(heading)}</{e.Tag(level)}>" : (headings.TitleLevel2 ? "## " : "# ") + e.Markdown(heading));
            }

            lines.Add(string.Empty);
            foreach (var paragraph in unit.Preamble.Text)
            {
                lines.Add(e.Markdown(paragraph.Value));
                lines.Add(string.Empty);
            }
        }

        var m = knobs.Metadata;
        var h = unit.Header;
        if (m.Table is MetadataTable.Html or MetadataTable.HtmlCellLines or MetadataTable.HtmlOneLine)
        {
            lines.Add($"<{e.Tag("table")} class=\"confluenceTable\"><{e.Tag("tbody")}>");
            var caption = $"<{e.Tag("tr")}><{e.Tag("th")} colspan=\"2\" scope=\"col\">Unit summary<{e.Tag("br")}></{e.Tag("th")}></{e.Tag("tr")}>";
            if (m.CaptionRow && m.Table == MetadataTable.Html)
            {
                lines.Add(caption);
            }
            else if (m.CaptionRow && m.Table == MetadataTable.HtmlOneLine)
            {
                lines[^1] += caption;
            }
        }
        else if (m.Table is MetadataTable.DefinitionList or MetadataTable.DefinitionListOneLine)
        {
            lines.Add($"<{e.Tag("dl")} class=\"unit-details\">");
        }
        else if (m.Table == MetadataTable.GridRows)
        {
            lines.Add($"<{e.Tag("div")} class=\"container unit-facts\">");
        }

        if (!TitledByHeading(unit, knobs))
        {
            Metadata(lines, m, e, MetadataKnobs.TitleLabels[m.Title], m.Table is not (MetadataTable.None or MetadataTable.PlainTabLines or MetadataTable.TextTabLines or MetadataTable.MarkdownList or MetadataTable.PipeTable) ? e.Html(h.Title.Value) : e.Markdown(h.Title.Value));
        }

        Metadata(lines, m, e, MetadataKnobs.ReferenceLabels[m.Reference], h.Ref);
        Metadata(lines, m, e, MetadataKnobs.LevelLabels[m.Level], LevelText(h, m));
        Metadata(lines, m, e, MetadataKnobs.CreditLabels[m.Credit], NumberWording.Write(h.Credit!.Value, m.Numbers) + (m.UnitWords ? " credits" : string.Empty));
        Metadata(lines, m, e, MetadataKnobs.GlhLabels[m.Glh], NumberWording.Write(h.GuidedLearningHours!.Value, m.GlhNumber) + (m.UnitWords ? " hours" : string.Empty));
        if (m.Table is MetadataTable.Html or MetadataTable.HtmlCellLines)
        {
            lines.Add($"</{e.Tag("tbody")}></{e.Tag("table")}>");
        }
        else if (m.Table == MetadataTable.HtmlOneLine)
        {
            lines[^1] += $"</{e.Tag("tbody")}></{e.Tag("table")}>";
        }
        else if (m.Table == MetadataTable.DefinitionList)
        {
            lines.Add($"</{e.Tag("dl")}>");
        }
        else if (m.Table == MetadataTable.DefinitionListOneLine)
        {
            lines[^1] += $"</{e.Tag("dl")}>";
        }
        else if (m.Table == MetadataTable.GridRows)
        {
            lines.Add($"</{e.Tag("div")}>");
        }

        if (m.Table != MetadataTable.None)
        {
            lines.Add(string.Empty);
        }
    }

    /// <summary>The level as the knobs write it: "3", "Level Three (3)"; Entry level as "Entry 2", "Entry level Two" or "Entry 2 (E2)".</summary>
    private static string LevelText(UnitHeader h, MetadataKnobs m)
    {
        if (h.Level == EntryLevel.Level && h.EntryStage is { } stage)
        {
            return m.Numbers switch
            {
                NumberForm.Digits => $"Entry {stage}",
                NumberForm.Words => "Entry level " + NumberWording.Write(stage, NumberForm.Words),
                _ => $"Entry {stage} (E{stage})",
            };
        }

        return (m.UnitWords ? "Level " : string.Empty) + NumberWording.Write(h.Level!.Value, m.Numbers);
    }

    private static void Metadata(List<string> lines, MetadataKnobs m, InlineEncoder e, string label, string value)
    {
        switch (m.Table)
        {
            case MetadataTable.TabRows:
                lines.Add(e.Paragraph(e.Bold(label)) + "\t" + e.Paragraph(value));
                return;
            case MetadataTable.Html:
                string Cell(string inner) => $"<{e.Tag("td")}>{inner}</{e.Tag("td")}>";
                lines.Add($"<{e.Tag("tr")}>" + Cell(e.Bold(label)) + Cell(value) + $"</{e.Tag("tr")}>");
                return;
            case MetadataTable.PlainTabLines:
                lines.Add(label + ":\t" + value);
                return;
            case MetadataTable.TextTabLines:
                lines.Add(label + "\t" + value);
                return;
            case MetadataTable.HtmlOneLine:
                lines[^1] += $"<{e.Tag("tr")}><{e.Tag("th")} class=\"confluenceTh\">{label}</{e.Tag("th")}><{e.Tag("td")} class=\"confluenceTd\">{value}</{e.Tag("td")}></{e.Tag("tr")}>";
                return;
            case MetadataTable.PipeTable:
                var first = lines.Count == 0 || !lines[^1].StartsWith('|');
                lines.Add($"| **{label}** | {value} |");
                if (first)
                {
                    lines.Add("| :---- | :---- |");
                }

                return;
            case MetadataTable.MarkdownList:
                lines.Add((m.LabelInsideBold ? $"- **{label}:**" : $"- **{label}**:") + " " + value);
                return;
            case MetadataTable.DefinitionList:
                lines.Add($"<{e.Tag("dt")}>{label}</{e.Tag("dt")}>");
                lines.Add($"<{e.Tag("dd")}>{value}</{e.Tag("dd")}>");
                return;
            case MetadataTable.DefinitionListOneLine:
                lines[^1] += $"<{e.Tag("dt")}>{label}</{e.Tag("dt")}><{e.Tag("dd")}>{value}</{e.Tag("dd")}>";
                return;
            case MetadataTable.GridRows:
                lines.Add($"<{e.Tag("div")} class=\"row\"><{e.Tag("div")} class=\"col-sm-4\">{e.Bold(label)}</{e.Tag("div")}><{e.Tag("div")} class=\"col-sm-8\">{value}</{e.Tag("div")}></{e.Tag("div")}>");
                return;
            case MetadataTable.FieldDivs:
                string Div(string cls, string inner) => $"<{e.Tag("div")} class=\"{cls}\">{inner}</{e.Tag("div")}>";
                lines.Add(Div("field field-label-inline clearfix", Div("field-label", label + ":&nbsp;") + Div("field-items", Div("field-item even", value))));
                return;
            case MetadataTable.HtmlCellLines:
                lines.Add($"<{e.Tag("tr")}>");
                lines.Add($"<{e.Tag("th")}>{label}:</{e.Tag("th")}>");
                lines.Add($"<{e.Tag("td")}>{value}</{e.Tag("td")}>");
                lines.Add($"</{e.Tag("tr")}>");
                return;
        }

        var bold = m.LabelInsideBold ? $"**{label}:**" : $"**{label}**:";
        if (m.HardBreaks)
        {
            // One paragraph of label lines, each but the last ended by a backslash: CommonMark's hard line break.
            if (lines.Count > 0 && lines[^1].Length == 0 && lines.Count > 1 && lines[^2].StartsWith("**", StringComparison.Ordinal) && MetadataLabelLine(lines[^2]))
            {
                lines[^2] += "\\";
                lines.RemoveAt(lines.Count - 1);
            }

            lines.Add(bold + m.AfterLabel + value);
            lines.Add(string.Empty);
            return;
        }

        lines.Add(bold + m.AfterLabel + value + (m.TrailingSpaces ? "   " : string.Empty));
        lines.Add(string.Empty);
    }

    /// <summary>A bold label line this writer wrote ("**Level:** 3"), not a preamble paragraph that opens in bold.</summary>
    private static bool MetadataLabelLine(string line) =>
        MetadataKnobs.TitleLabels.Concat(MetadataKnobs.ReferenceLabels).Concat(MetadataKnobs.LevelLabels).Concat(MetadataKnobs.CreditLabels).Concat(MetadataKnobs.GlhLabels)
            .Any(l => line.StartsWith($"**{l}:**", StringComparison.Ordinal) || line.StartsWith($"**{l}**:", StringComparison.Ordinal));

    private static void WriteOutcomes(Unit unit, ExportKnobs knobs, InlineEncoder e, List<string> lines)
    {
        var html = knobs.Table is not (OutcomeTable.Tabs or OutcomeTable.SpacesForTabs or OutcomeTable.CellPerLine);
        string Cell(string name, string inner) => $"<{e.Tag(name)}>{inner}</{e.Tag(name)}>";
        if (html)
        {
            var header = HeaderRow.Split('\t');
            lines.Add($"<{e.Tag("table")}>");
            if (knobs.Headings.TableCaption && knobs.Table != OutcomeTable.HtmlOneLine)
            {
                lines[^1] += $"<{e.Tag("caption")}>Table 1: learning outcomes and assessment criteria</{e.Tag("caption")}>";
            }

            var headerRow = $"<{e.Tag("tr")}>" + Cell("th", header[0]) + Cell("th", header[1]) + $"</{e.Tag("tr")}>";
            if (knobs.Table == OutcomeTable.HardWrapped)
            {
                lines.Add($"\t<{e.Tag("tr")}>");
                lines.AddRange(HardWrap(FrontPageCell(e.Bold(header[0]), e)));
                lines.AddRange(HardWrap(FrontPageCell(e.Bold(header[1]), e)));
                lines.Add($"\t</{e.Tag("tr")}>");
            }
            else if (knobs.Table == OutcomeTable.HtmlOneLine)
            {
                lines[^1] += headerRow;
            }
            else
            {
                lines.Add(headerRow);
            }
        }
        else if (knobs.Table == OutcomeTable.CellPerLine)
        {
            lines.AddRange(HeaderRow.Split('\t'));
        }
        else
        {
            lines.Add(HeaderRow.Replace("\t", knobs.Table == OutcomeTable.SpacesForTabs ? "    " : "\t", StringComparison.Ordinal));
        }

        var rows = unit.Outcomes.Length;
        for (var r = 0; r < rows; r++)
        {
            var outcome = unit.Outcomes[r];
            var outcomeCell = knobs.Outcomes == OutcomeNumber.OwnParagraph
                ? e.Paragraph(e.Bold("Learning outcome " + outcome.Id)) + e.Paragraph(e.Html(outcome.Text.Value))
                : e.Paragraph(OutcomeNumberOf(outcome.Id, knobs, e) + e.Html(outcome.Text.Value));
            var criteriaCell = knobs.Separator == CriterionSeparator.ListItems
                ? $"<{e.Tag("ul")}>" + string.Concat(outcome.Criteria.Select(c => $"<{e.Tag("li")}>" + Criterion(c, knobs, e) + $"</{e.Tag("li")}>")) + $"</{e.Tag("ul")}>"
                : string.Join(Separator(knobs, e), outcome.Criteria.Select(c => Criterion(c, knobs, e)));
            var points = knobs.Wrap.Points.Where(p => p.Row % rows == r).ToList();
            outcomeCell = CellWrapper.Wrap(outcomeCell, points.Where(p => !p.CriteriaCell));
            criteriaCell = CellWrapper.Wrap(criteriaCell, points.Where(p => p.CriteriaCell));
            switch (knobs.Table)
            {
                case OutcomeTable.HtmlRows:
                    lines.Add($"<{e.Tag("tr")}>" + Cell("td", outcomeCell) + Cell("td", criteriaCell) + $"</{e.Tag("tr")}>");
                    break;
                case OutcomeTable.HtmlRowsMultiLine:
                    lines.AddRange([$"<{e.Tag("tr")}>", Cell("td", outcomeCell), Cell("td", criteriaCell), $"</{e.Tag("tr")}>"]);
                    break;
                case OutcomeTable.HardWrapped:
                    lines.Add($"\t<{e.Tag("tr")}>");
                    lines.AddRange(HardWrap(FrontPageCell(outcomeCell, e)));
                    lines.AddRange(HardWrap(FrontPageCell(criteriaCell, e)));
                    lines.Add($"\t</{e.Tag("tr")}>");
                    break;
                case OutcomeTable.HtmlOneLine:
                    lines[^1] += $"<{e.Tag("tr")}>" + Cell("td", outcomeCell) + Cell("td", criteriaCell) + $"</{e.Tag("tr")}>";
                    break;
                case OutcomeTable.SpacesForTabs:
                    lines.Add(outcomeCell + "        " + criteriaCell);
                    break;
                case OutcomeTable.CellPerLine:
                    lines.AddRange([outcomeCell, criteriaCell]);
                    break;
                default:
                    lines.Add(outcomeCell + "\t" + criteriaCell);
                    break;
            }

            if (html && r == rows - 1)
            {
                if (knobs.Table == OutcomeTable.HtmlOneLine)
                {
                    // A block editor's table: a figure whose caption follows the table on its line.
                    lines[^1] += $"</{e.Tag("table")}>" + (knobs.Headings.TableCaption ? $"<{e.Tag("figcaption")}>Learning outcomes and assessment criteria</{e.Tag("figcaption")}>" : string.Empty);
                }
                else
                {
                    lines.Add($"</{e.Tag("table")}>");
                }
            }

            if (knobs.Table == OutcomeTable.HtmlOneLine && r < rows - 1)
            {
                continue; // one line: no blank line between its rows
            }

            if (r == rows - 1 && knobs.Headings.BackToBack)
            {
                continue; // Word's paragraphs follow "</table>" on the next line
            }

            if (r == rows - 1 || (knobs.Lines.BlankAfterRow >> r & 1) == 1)
            {
                lines.Add(string.Empty);
            }
        }
    }

    /// <summary>A FrontPage cell: indented by two tabs, its text in a <c>&lt;font&gt;</c>.</summary>
    private static string FrontPageCell(string inner, InlineEncoder e) =>
        $"\t\t<{e.Tag("td")} valign=\"top\"><{e.Tag("font")} face=\"Arial\" size=\"2\">{inner}</{e.Tag("font")}></{e.Tag("td")}>";

    /// <summary>
    /// FrontPage's hard wrap: a line longer than 80 columns breaks at its last space outside a tag before
    /// them, the rest indented by two tabs (lines a cell wrap already broke are wrapped each on its own).
    /// </summary>
    private static IEnumerable<string> HardWrap(string html)
    {
        const int Width = 80;
        foreach (var physical in html.Split('\n'))
        {
            var line = physical;
            while (line.Length > Width)
            {
                var at = -1;
                var inTag = false;
                for (var i = 0; i < line.Length && (i <= Width || at < 0); i++)
                {
                    if (line[i] == '<')
                    {
                        inTag = true;
                    }
                    else if (line[i] == '>')
                    {
                        inTag = false;
                    }
                    else if (line[i] == ' ' && !inTag && i > 2)
                    {
                        at = i;
                    }
                }

                if (at < 0 || at >= line.Length - 1)
                {
                    break;
                }

                yield return line[..(at + 1)];
                line = "\t\t" + line[(at + 1)..];
            }

            yield return line;
        }
    }

    private static string Separator(ExportKnobs knobs, InlineEncoder e) => knobs.Separator switch
    {
        CriterionSeparator.HrSlash => $" <{e.Tag("hr")}/> ",
        CriterionSeparator.Hr => $" <{e.Tag("hr")}> ",
        CriterionSeparator.Br => $" <{e.Tag("br")}> ",
        CriterionSeparator.EmptyParagraph => $" {e.Paragraph("&nbsp;")} ",
        _ => " ",
    };

    private static string OutcomeNumberOf(string id, ExportKnobs knobs, InlineEncoder e) => knobs.Outcomes switch
    {
        OutcomeNumber.Plain => id + " ",
        OutcomeNumber.LoDash => "LO " + id + " " + e.Characters("\u2013") + " ",
        OutcomeNumber.BoldDot => e.Bold(id + ".") + " ",
        OutcomeNumber.LearningOutcomeColon => "Learning outcome " + id + ": ",
        OutcomeNumber.OutcomeDash => "Outcome " + id + " " + e.Characters("\u2013") + " ",
        _ => id + ". ",
    };

    private static string Criterion(AssessmentCriterion criterion, ExportKnobs knobs, InlineEncoder e)
    {
        var number = knobs.Numbers switch
        {
            CriterionNumber.Dot => criterion.Id + ". ",
            CriterionNumber.Paren => criterion.Id + ") ",
            CriterionNumber.AcPrefix => "AC" + criterion.Id + " ",
            CriterionNumber.AcSpaceColon => "AC " + criterion.Id + ": ",
            CriterionNumber.SpacedHyphen => criterion.Id + " - ",
            CriterionNumber.Bold => e.Bold(criterion.Id) + " ",
            _ => criterion.Id + " ",
        };
        var text = number + e.Html(criterion.Text.Value);
        var sb = new StringBuilder(knobs.Separator == CriterionSeparator.ListItems ? text : e.Paragraph(text));
        if (criterion.Items.IsEmpty)
        {
            return sb.ToString();
        }

        var items = knobs.Items;
        var unlettered = items.Marker == ItemMarker.OrderedListWithoutLetters;
        var roman = criterion.Items[0].Id == "i";
        if (items.Marker == ItemMarker.BulletLines && knobs.Separator != CriterionSeparator.ListItems)
        {
            // Lines of the criterion's own paragraph; a roman list keeps its numerals, since a place gives only letters.
            var lines = string.Concat(criterion.Items.Select(item => $" <{e.Tag("br")}>" + e.Characters("\u2022 ") + (roman ? item.Id + ") " : string.Empty) + e.Html(item.Text.Value)));
            return e.Paragraph(text + lines) + AfterItems(criterion, knobs, e);
        }

        if (items.Marker == ItemMarker.WordListGlyphs && knobs.Separator != CriterionSeparator.ListItems)
        {
            // Paragraphs after the criterion's own; a roman list keeps its numerals after the glyph.
            var glyph = WordGlyphs[criterion.Items.Length % WordGlyphs.Length];
            var paragraphs = string.Concat(criterion.Items.Select(item =>
                $" <{e.Tag("p")} class=MsoListParagraph style=\"margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1;\"><![if !supportLists]>"
                + $"<{e.Tag("span")} style='font-family:{glyph.Font};'><{e.Tag("span")} style='mso-list:Ignore;'>{glyph.Text}<{e.Tag("span")}>&nbsp;</{e.Tag("span")}></{e.Tag("span")}></{e.Tag("span")}><![endif]>"
                + (roman ? item.Id + ") " : string.Empty) + e.Html(item.Text.Value) + $"</{e.Tag("p")}>"));
            return sb.Append(paragraphs).Append(AfterItems(criterion, knobs, e)).ToString();
        }

        var (open, close) = unlettered
            ? ($"<{e.Tag("ol")} type=\"{(roman ? "i" : "a")}\">", $"</{e.Tag("ol")}>")
            : items.List switch
            {
                ListMarkup.UlNoStyle => ($"<{e.Tag("ul")} style=\"list-style-type: none\">", $"</{e.Tag("ul")}>"),
                ListMarkup.Ul or ListMarkup.UlParagraphs => ($"<{e.Tag("ul")}>", $"</{e.Tag("ul")}>"),
                _ => ($"<{e.Tag("ol")}>", $"</{e.Tag("ol")}>"),
            };
        sb.Append(' ').Append(open);
        foreach (var item in criterion.Items)
        {
            var marker = items.Marker switch
            {
                ItemMarker.Paren => item.Id + ") ",
                ItemMarker.BothParens => "(" + item.Id + ") ",
                ItemMarker.BulletLines or ItemMarker.WordListGlyphs => item.Id + ") ", // inside a criterion that is itself a list item: a nested list
                ItemMarker.Dot => item.Id + ". ",
                _ => string.Empty,
            };
            if (items.List == ListMarkup.UlParagraphs && !unlettered)
            {
                // A bulleted list of paragraphs, lettered by place; a roman list keeps its numerals.
                sb.Append($" <{e.Tag("li")}>").Append(e.Paragraph((roman ? marker : string.Empty) + e.Html(item.Text.Value))).Append($"</{e.Tag("li")}>");
                continue;
            }

            sb.Append($" <{e.Tag("li")}>").Append(marker).Append(e.Html(item.Text.Value)).Append($"</{e.Tag("li")}>");
        }

        return sb.Append(' ').Append(close).Append(AfterItems(criterion, knobs, e)).ToString();
    }

    /// <summary>Bullets as Word writes them in a list paragraph's marker span: a glyph of a symbol font, and the font.</summary>
    private static readonly (string Text, string Font)[] WordGlyphs = [("&#167;", "Wingdings"), ("&#216;", "Wingdings"), ("o", "Courier New"), ("&#183;", "Symbol")];

    /// <summary>The words closing a criterion after its list, as a paragraph of their own; nothing when the export cannot hold them (<see cref="Meaning"/>).</summary>
    private static string AfterItems(AssessmentCriterion criterion, ExportKnobs knobs, InlineEncoder e) =>
        criterion.AfterItems is { } after && knobs.Separator != CriterionSeparator.ListItems ? " " + e.Paragraph(e.Html(after.Value)) : string.Empty;

    private static void WriteContent(Unit unit, ExportKnobs knobs, InlineEncoder e, List<string> lines)
    {
        var c = knobs.Content;
        string? markedOutcome = null;
        var entries = unit.IndicativeContent;
        var i = 0;
        while (i < entries.Length)
        {
            var outcome = OutcomeOf(entries[i]);
            if (IsMarkdown(c, i))
            {
                WriteMarkdownEntry(unit, entries[i], outcome != markedOutcome && c.LoMarker != OutcomeMarker.None, knobs, e, lines);
                markedOutcome = c.LoMarker != OutcomeMarker.None ? outcome : null;
                i++;
                continue;
            }

            // A row holds the consecutive row-shaped entries of one outcome, as the seed's LO6 row does.
            var group = new List<IndicativeContent> { entries[i++] };
            while (i < entries.Length && OutcomeOf(entries[i]) == outcome && !IsMarkdown(c, i))
            {
                group.Add(entries[i++]);
            }

            var last = group[^1];
            IndicativeContent? continued = null;
            if (c.ContinueRowInMarkdown && last.Definitions.Length >= 2)
            {
                continued = last with { Definitions = last.Definitions.RemoveAt(0), Notes = last.Notes };
                group[^1] = last with { Definitions = [last.Definitions[0]], Notes = [] };
            }

            lines.Add(e.Bold("LO" + outcome) + "\t" + RowCell(group, knobs, e));
            if (continued is not null)
            {
                lines.Add(string.Empty);
                WriteMarkdownBody(continued, knobs, e, lines);
            }
            else if (i == entries.Length || IsMarkdown(c, i))
            {
                lines.Add(string.Empty); // the seed's rows follow one another with no blank line between
            }

            markedOutcome = null;
        }
    }

    private static bool IsMarkdown(ContentKnobs c, int entry) =>
        c.Layout == ContentLayout.Markdown || (c.Layout == ContentLayout.Mixed && (c.MixMask >> (entry % 31) & 1) == 1);

    private static string OutcomeOf(IndicativeContent content) => content.CriterionId.Split('.')[0];

    private static string RowCell(List<IndicativeContent> group, ExportKnobs knobs, InlineEncoder e)
    {
        var only = group[0];
        if (group.Count == 1 && only.Notes.IsEmpty && only.Definitions.All(d => d.Items.IsEmpty))
        {
            // The seed's LO1 row: marker and definitions on one run, two spaces between definitions.
            return e.Bold("AC" + only.CriterionId) + " " + string.Join("  ", only.Definitions.Select(d => Definition(d, e)));
        }

        var parts = new List<string>();
        foreach (var entry in group)
        {
            var marker = e.Bold("AC" + entry.CriterionId);
            if (entry.Definitions.IsEmpty)
            {
                parts.Add(e.Paragraph(marker));
            }

            for (var d = 0; d < entry.Definitions.Length; d++)
            {
                var definition = entry.Definitions[d];
                parts.Add(e.Paragraph((d == 0 ? marker + " " : string.Empty) + Definition(definition, e)));
                if (!definition.Items.IsEmpty)
                {
                    parts.Add(HtmlList(definition.Items, knobs, e));
                }
            }

            parts.AddRange(entry.Notes.Select(n => e.Paragraph(e.Html(n.Value))));
        }

        return string.Join(" ", parts);
    }

    /// <summary>An assessment requirement after the first, in the knobs' list form (the reader drops the bullet).</summary>
    private static string Requirement(string text, RequirementForm form, InlineEncoder e) => form switch
    {
        RequirementForm.WordSymbolBullets =>
            $"<{e.Tag("p")} class=MsoListParagraph style='text-indent:-18.0pt'><{e.Tag("span")} style='font-family:Symbol'>&middot;<{e.Tag("span")} style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </{e.Tag("span")}></{e.Tag("span")}>{e.Html(text)}</{e.Tag("p")}>",
        RequirementForm.Bullets => e.Characters("\u2022 ") + e.Markdown(text),
        RequirementForm.MarkdownDash => "- " + e.Markdown(text),
        RequirementForm.Admonition => ":::note\n\n" + e.Markdown(text) + "\n\n:::",
        RequirementForm.Blockquote => "> " + e.Markdown(text),
        _ => e.Markdown(text),
    };

    private static string Definition(Definition d, InlineEncoder e) => e.Bold(e.Characters(d.Term.Value) + ":") + " " + e.Html(d.Text.Value);

    private static string HtmlList(ImmutableArray<LocatedText> items, ExportKnobs knobs, InlineEncoder e)
    {
        if (knobs.Content.WordListParagraphs)
        {
            return string.Concat(items.Select(i =>
                $"<{e.Tag("p")} class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt'><{e.Tag("span")} style='font-family:Symbol'>\u00B7</{e.Tag("span")}>"
                + $"<{e.Tag("span")} style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </{e.Tag("span")}>{e.Html(i.Value)}</{e.Tag("p")}>"));
        }

        var bullet = knobs.Content.BulletInItems;
        var open = bullet ? $"<{e.Tag("ul")} style=\"list-style-type: none\">" : $"<{e.Tag("ul")}>";
        var lis = items.Select(i => $"<{e.Tag("li")}>" + (bullet ? "\u2022 " : string.Empty) + e.Html(i.Value) + $"</{e.Tag("li")}>");
        return open + string.Concat(lis) + $"</{e.Tag("ul")}>";
    }

    private static void WriteMarkdownEntry(Unit unit, IndicativeContent entry, bool markOutcome, ExportKnobs knobs, InlineEncoder e, List<string> lines)
    {
        var c = knobs.Content;
        if (markOutcome)
        {
            var id = OutcomeOf(entry);
            lines.Add(c.LoMarker == OutcomeMarker.Bold || unit.Outcomes.FirstOrDefault(o => o.Id == id) is not { } outcome
                ? $"**LO{id}**"
                : $"### Learning outcome {id}: {e.Markdown(outcome.Text.Value)}");
            lines.Add(string.Empty);
        }

        lines.Add(c.Marker switch
        {
            MarkdownMarker.HeadingBold => $"### **AC{entry.CriterionId}**",
            MarkdownMarker.HeadingPlain => $"#### AC {entry.CriterionId}",
            MarkdownMarker.HtmlHeading => $"<{e.Tag("h3")}>AC{entry.CriterionId}</{e.Tag("h3")}>",
            _ => $"**AC{entry.CriterionId}**",
        });
        lines.Add(string.Empty);
        WriteMarkdownBody(entry, knobs, e, lines);
    }

    /// <summary>An entry's definitions and notes as Markdown paragraphs and lists, without its marker.</summary>
    private static void WriteMarkdownBody(IndicativeContent entry, ExportKnobs knobs, InlineEncoder e, List<string> lines)
    {
        var c = knobs.Content;
        var definitions = entry.Definitions;
        for (var i = 0; i < definitions.Length; i++)
        {
            var d = definitions[i];
            if (c.DefinitionLists)
            {
                lines.Add($"<{e.Tag("dl")}>");
                lines.Add($"<{e.Tag("dt")}>{e.Html(d.Term.Value)}</{e.Tag("dt")}>");
                var list = d.Items.IsEmpty ? string.Empty : $"<{e.Tag("ul")}>" + string.Concat(d.Items.Select(item => $"<{e.Tag("li")}>{e.Html(item.Value)}</{e.Tag("li")}>")) + $"</{e.Tag("ul")}>";
                lines.Add($"<{e.Tag("dd")}>{e.Html(d.Text.Value)}{list}</{e.Tag("dd")}>");
                lines.Add($"</{e.Tag("dl")}>");
                lines.Add(string.Empty);
                continue;
            }

            if (c.DefinitionsAsList && d.Items.IsEmpty)
            {
                // A glossary as a list: consecutive items, the blank line after the last.
                lines.Add($"- **{e.Characters(d.Term.Value)}:** " + e.Markdown(d.Text.Value));
                if (i == definitions.Length - 1 || !definitions[i + 1].Items.IsEmpty)
                {
                    lines.Add(string.Empty);
                }

                continue;
            }

            lines.Add($"**{e.Characters(d.Term.Value)}:**" + (c.TabAfterTerm ? "\t" : " ") + e.Markdown(d.Text.Value));
            lines.Add(string.Empty);
            if (!d.Items.IsEmpty)
            {
                lines.AddRange(d.Items.Select(i => "- " + e.Markdown(i.Value)));
                lines.Add(string.Empty);
            }
        }

        foreach (var note in entry.Notes)
        {
            lines.Add(e.Markdown(note.Value));
            lines.Add(string.Empty);
        }
    }
}
