using System.Text;

namespace UnitCompiler.Model;

/// <summary>
/// Finds the definition a bold key term refers to. Terms and definitions are compared without
/// case, plural endings or the hyphen/space difference ("strength-based" and "strengths-based",
/// "outcomes-based" and "outcome-based" meet). A definition under the same criterion wins over one
/// elsewhere in the unit; a span such as "partnerships, collaboration and co-production" resolves
/// through its parts; and a term that shares its head noun with the next term of its criterion
/// ("**static** and **mobile patrols**") resolves as the whole it stands for ("static patrols").
/// </summary>
public sealed class KeyTermResolver
{
    // The definitions by normalised term, each list in the unit's order. Lint's rules ask for the
    // same terms of the same criteria over and over: answers are kept (a resolver serves one unit,
    // on one thread).
    private readonly Dictionary<string, List<(string CriterionId, Definition Definition)>> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Term, string CriterionId), IReadOnlyList<Definition>> _resolved = [];
    private readonly Dictionary<string, AssessmentCriterion> _criteria = new(StringComparer.Ordinal);

    // What joins two terms that share a head noun: "**static** and **mobile patrols**".
    private static readonly string[] Joints = [" and ", " or ", ", "];

    public KeyTermResolver(Unit unit)
    {
        foreach (var criterion in unit.Outcomes.SelectMany(o => o.Criteria))
        {
            _criteria.TryAdd(criterion.Id, criterion);
        }

        foreach (var content in unit.IndicativeContent)
        {
            foreach (var d in content.Definitions)
            {
                var key = Normalise(d.Term.Value);
                if (!_definitions.TryGetValue(key, out var list))
                {
                    _definitions[key] = list = [];
                }

                list.Add((content.CriterionId, d));
            }
        }
    }

    /// <summary>The definitions of a term, one per part for a compound span; empty when nothing matches.</summary>
    public IReadOnlyList<Definition> Resolve(string term, string criterionId)
    {
        if (!_resolved.TryGetValue((term, criterionId), out var found))
        {
            _resolved[(term, criterionId)] = found = ResolveOnce(term, criterionId);
        }

        return found;
    }

    private IReadOnlyList<Definition> ResolveOnce(string term, string criterionId)
    {
        if (Find(Normalise(term), criterionId) is { } whole)
        {
            return [whole];
        }

        if (SharedHead(term, criterionId) is { } shared)
        {
            return [shared];
        }

        var parts = term.Split([",", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return [];
        }

        var found = parts.Select(p => Find(Normalise(p), criterionId)).ToList();
        return found.All(f => f is not null) ? [.. found.OfType<Definition>()] : [];
    }

    /// <summary>
    /// "**static** and **mobile patrols**": a term joined by "and", "or" or a comma to the next term of
    /// its criterion, which ends in words it lacks, is that term with those words ("static patrols"),
    /// when the unit defines it so.
    /// </summary>
    private Definition? SharedHead(string term, string criterionId)
    {
        if (!_criteria.TryGetValue(criterionId, out var criterion))
        {
            return null;
        }

        var text = MarkdownInline.ToPlainText(criterion.Text.Value);
        var plain = MarkdownInline.ToPlainText(term);
        foreach (var next in criterion.Terms.Select(t => MarkdownInline.ToPlainText(t.Value)))
        {
            var words = next.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !Joints.Any(joint => text.Contains(plain + joint + next, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            for (var k = 1; k < words.Length; k++)
            {
                if (Find(Normalise(plain + " " + string.Join(' ', words[k..])), criterionId) is { } whole)
                {
                    return whole;
                }
            }
        }

        return null;
    }

    /// <summary>The first definition of the key under <paramref name="criterionId"/>, else the first anywhere.</summary>
    private Definition? Find(string key, string criterionId)
    {
        if (!_definitions.TryGetValue(key, out var list))
        {
            return null;
        }

        foreach (var (id, definition) in list)
        {
            if (id == criterionId)
            {
                return definition;
            }
        }

        return list[0].Definition;
    }

    /// <summary>The form two spellings of one term share.</summary>
    public static string Normalise(string term)
    {
        var words = MarkdownInline.ToPlainText(term).ToLowerInvariant().Replace('-', ' ').Replace('\u2011', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            var word = w.Trim(':', '.', ',', ';');
            if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                word = word[..^1];
            }

            sb.Append(sb.Length > 0 ? " " : string.Empty).Append(word);
        }

        return sb.ToString();
    }
}
