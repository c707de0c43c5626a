using System.Collections.Immutable;
using System.Text.RegularExpressions;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

// The assessment requirements: paragraphs kept verbatim, and the sentence that names the skill-based outcomes.
internal sealed partial class UnitParser
{
    private readonly List<LocatedText> _assessment = [];
    private bool _sawAssessment;

    private void AcceptAssessment(ExportBlock block)
    {
        var blocks = block.Kind == ExportBlockKind.Row ? block.Cells.SelectMany(ReadHtml) : ReadMarkdown(block);
        foreach (var b in blocks.Where(b => b.Kind != CellBlockKind.Rule))
        {
            _assessment.Add(b.Text);
        }
    }

    private AssessmentRequirements BuildAssessment()
    {
        var skill = new SortedSet<int>();
        foreach (var paragraph in _assessment)
        {
            foreach (var sentence in SkillOutcomeSentences.Read(MarkdownInline.ToPlainText(paragraph.Value)))
            {
                skill.Add(sentence);
            }
        }

        return new AssessmentRequirements([.. _assessment], [.. skill.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }
}

/// <summary>
/// "Learning Outcomes 3, 5 and 7 are skill based", "LO2 and LO4 are skills-based", "Learning
/// outcome 2 is competence based": the outcome numbers of every such sentence.
/// </summary>
internal static partial class SkillOutcomeSentences
{
    public static IEnumerable<int> Read(string paragraph)
    {
        foreach (Match m in Sentence().Matches(paragraph))
        {
            foreach (Match n in Number().Matches(m.Groups["list"].Value))
            {
                yield return int.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    [GeneratedRegex(@"(?:learning\s+outcomes?|LOs?)\s*(?<list>(?:LO\s*)?\d{1,3}(?:\s*(?:,|&|and|\s)\s*(?:LO\s*)?\d{1,3})*)\s*,?\s+(?:are|is)\s+(?:all\s+)?(?:skills?|competence|performance)[\s-]*based", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\d{1,3}", RegexOptions.NonBacktracking)]
    private static partial Regex Number();
}
