using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Lint;

/// <summary>A piece of unit text a rule reads, with the criterion it belongs to (for suppressions and JSON output).</summary>
public sealed record LintText(LocatedText Text, string? CriterionId, string Field)
{
    /// <summary>Every text of a unit: outcomes, criteria, their items and closing words, definitions, notes, requirements and guidance.</summary>
    public static IEnumerable<LintText> All(Unit unit)
    {
        foreach (var o in unit.Outcomes)
        {
            yield return new(o.Text, null, $"outcome {o.Id}");
            foreach (var c in o.Criteria)
            {
                yield return new(c.Text, c.Id, $"criterion {c.Id}");
                foreach (var i in c.Items)
                {
                    yield return new(i.Text, c.Id, $"criterion {c.Id} {i.Id})");
                }

                if (c.AfterItems is { } after)
                {
                    yield return new(after, c.Id, $"criterion {c.Id} after its sub-items");
                }
            }
        }

        foreach (var t in unit.Assessment.Text)
        {
            yield return new(t, null, "assessment requirements");
        }

        foreach (var content in unit.IndicativeContent)
        {
            foreach (var d in content.Definitions)
            {
                yield return new(d.Text, content.CriterionId, $"definition of {d.Term.Value}");
                foreach (var i in d.Items)
                {
                    yield return new(i, content.CriterionId, $"definition of {d.Term.Value}");
                }
            }

            foreach (var n in content.Notes)
            {
                yield return new(n, content.CriterionId, $"indicative content of {content.CriterionId}");
            }
        }

        if (unit.Guidance is { } g)
        {
            yield return new(g.Synopsis, null, "synopsis");
            foreach (var item in g.AllItems)
            {
                if (item.Title is not null)
                {
                    yield return new(item.Title, null, "guidance");
                }

                yield return new(item.Text, null, "guidance");
            }
        }
    }
}
