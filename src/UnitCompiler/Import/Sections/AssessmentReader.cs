using System.Globalization;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// The assessment requirements: every paragraph kept verbatim, and the outcomes its sentences name
/// as skill based (or, by their complement, as knowledge based).
/// </summary>
internal sealed class AssessmentReader(ImportContext context)
{
    private readonly List<LocatedText> _paragraphs = [];
    private SourceLocation? _heading;

    public bool WasSeen => _heading is not null;

    /// <summary>The section's heading, where a missing sentence is reported.</summary>
    public void Open(SourceLocation heading) => _heading ??= heading;

    /// <summary>
    /// Each paragraph of the block; one that opens with a bullet ("• ", Word's Symbol-font "·" and the
    /// spaces after it) is a requirement of a list, its marker dropped as a Markdown list's is.
    /// </summary>
    public void Accept(BlockText block) =>
        _paragraphs.AddRange(block.Content.Select(b => ListBullets.StartsWithBullet(b.Text.Value) ? ListBullets.Strip(b.Text) : b.Text));

    /// <param name="outcomes">The unit's outcomes with the kind their stems give.</param>
    public AssessmentRequirements Build(IReadOnlyList<(string Id, OutcomeKind? StemKind)> outcomes)
    {
        var skill = new SortedSet<int>();
        var knowledge = new SortedSet<int>();
        var allSkill = false;
        foreach (var paragraph in _paragraphs)
        {
            foreach (var statement in SkillOutcomeSentences.Read(MarkdownInline.ToPlainText(paragraph.Value)))
            {
                var into = statement.Kind == OutcomeKind.Skill ? skill : knowledge;
                allSkill |= statement.All && statement.Kind == OutcomeKind.Skill;
                into.UnionWith(statement.Outcomes);
            }
        }

        var ids = outcomes.Select(o => int.TryParse(o.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n >= 0).ToList();
        if (allSkill)
        {
            skill.UnionWith(ids);
        }
        else if (skill.Count == 0 && knowledge.Count > 0)
        {
            // "Learning outcomes 1 and 2 are knowledge based" says the others are not.
            skill.UnionWith(ids.Where(n => !knowledge.Contains(n)));
        }

        if (skill.Count == 0)
        {
            var stemmedSkill = outcomes.Where(o => o.StemKind == OutcomeKind.Skill).Select(o => o.Id).ToList();
            if (stemmedSkill.Count > 0)
            {
                context.Diagnostics.Add(DiagnosticCatalog.NoSkillOutcomesNamed, _heading ?? context.FileLocation, string.Join(", ", stemmedSkill));
            }
        }

        return new AssessmentRequirements([.. _paragraphs], [.. skill.Select(n => n.ToString(CultureInfo.InvariantCulture))]);
    }
}
