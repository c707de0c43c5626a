using System.Text;

namespace UnitCompiler.Model;

/// <summary>
/// Finds the definition a bold key term refers to. Terms and definitions are compared without
/// case, plural endings or the hyphen/space difference ("strength-based" and "strengths-based",
/// "outcomes-based" and "outcome-based" meet). A definition under the same criterion wins over one
/// elsewhere in the unit; a span such as "partnerships, collaboration and co-production" resolves
/// through its parts; a term that shares its head noun with the next term of its criterion
/// ("**static** and **mobile patrols**", "**assured** and **secure** tenancies") resolves as the whole
/// it stands for ("static patrols", "secure tenancy"); and "Regulator of Social Housing (RSH)" defines
/// the name without its abbreviation too.
/// </summary>
public sealed class KeyTermResolver
{
    // The definitions by normalised term, each list in the unit's order. Lint's rules ask for the
    // same terms of the same criteria over and over: answers are kept (a resolver serves one unit,
    // on one thread).
    private readonly Dictionary<string, List<(string CriterionId, Definition Definition)>> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Term, string CriterionId), IReadOnlyList<Definition>> _resolved = [];
    private readonly Dictionary<string, AssessmentCriterion> _criteria = new(StringComparer.Ordinal);

    // What joins the terms of a list: "**static** and **mobile patrols**", "**assured**, **assured shorthold** and **secure**".
    private static readonly string[] Joints = [", ", " and ", " or ", ", and ", ", or "];

    // What names the kinds of a thing, normalised: "**types of school**", "**forms of abuse**".
    private static readonly string[] KindWords = ["type of ", "kind of ", "form of ", "category of "];

    // What opens a phrase that says which ones of a term are meant: "**tip cuttings from *Fuchsia* plants**".
    private static readonly string[] QualifierWords = [" from ", " for ", " of ", " in ", " on ", " with ", " by ", " under ", " at ", " within ", " to "];

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
                Index(Normalise(d.Term.Value), content.CriterionId, d);

                // "Regulator of Social Housing (RSH)" defines the name with its abbreviation and without it.
                if (WithoutAbbreviation(d.Term.Value) is { } name)
                {
                    Index(Normalise(name), content.CriterionId, d);
                }
            }
        }
    }

    private void Index(string key, string criterionId, Definition definition)
    {
        if (!_definitions.TryGetValue(key, out var list))
        {
            _definitions[key] = list = [];
        }

        list.Add((criterionId, definition));
    }

    /// <summary>"Regulator of Social Housing (RSH)": the name before a closing bracketed abbreviation (one word), else null.</summary>
    private static string? WithoutAbbreviation(string term) =>
        BracketedEnd(term) is var (name, bracketed) && !bracketed.Contains(' ') ? name : null;

    /// <summary>
    /// A term's closing bracketed part and the words before it ("stress-vulnerability model" and "Zubin and
    /// Spring"), in plain words; null when the term does not end in one.
    /// </summary>
    internal static (string Name, string Bracketed)? BracketedEnd(string term)
    {
        var plain = MarkdownInline.ToPlainText(term).Trim().TrimEnd(':').TrimEnd();
        var open = plain.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && plain.EndsWith(')') ? (plain[..open], plain[(open + 2)..^1]) : null;
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
        // "**arrises**" for "Arris", and "**the *ease* allowance**" for "Ease allowance": a plural in "-es" and a leading article.
        var key = Normalise(term);
        var unarticled = WithoutArticle(key);
        if ((Find(key, criterionId) ?? Find(Normalise(term, pluralInEs: true), criterionId) ?? (unarticled != key ? Find(unarticled, criterionId) : null)) is { } whole)
        {
            return [whole];
        }

        if ((SharedHead(term, criterionId) ?? HeadAfterList(term, criterionId)) is { } shared)
        {
            return [shared];
        }

        if (Kinds(term, criterionId) is { Count: >= 2 } kinds)
        {
            return kinds;
        }

        if (Qualified(term, criterionId) is { } head)
        {
            return [head];
        }

        // "**stress-vulnerability model (*Zubin and Spring*)**": an attribution in brackets at the end is not part of the term;
        // "**National Early Warning Score 2 (NEWS2)**" is defined by the name or by the abbreviation ("NEWS2").
        if (BracketedEnd(term) is var (bare, bracketed)
            && (Find(Normalise(bare), criterionId) ?? (bracketed.Contains(' ') ? null : Find(Normalise(bracketed), criterionId))) is { } named)
        {
            return [named];
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

    /// <summary>
    /// "**assured**, **assured shorthold** and **secure** tenancies": each of a list of bold terms joined by
    /// "and", "or" or commas qualifies the plain noun after the list, and is that term with the noun
    /// ("secure tenancy") when the unit defines it so.
    /// </summary>
    private Definition? HeadAfterList(string term, string criterionId)
    {
        if (!_criteria.TryGetValue(criterionId, out var criterion))
        {
            return null;
        }

        var plain = MarkdownInline.ToPlainText(term);
        var text = criterion.Text.Value;
        var runs = MarkdownInline.BoldSpans(text).ToList();
        for (var first = 0; first < runs.Count;)
        {
            // The runs joined to this one by list joints: "**a**, **b** and **c**" (the text between two inner spans is "**, **").
            var last = first;
            while (last + 1 < runs.Count && Joints.Contains(text[(runs[last].Start + runs[last].Length)..runs[last + 1].Start].Trim('*')))
            {
                last++;
            }

            if (last > first && runs[first..(last + 1)].Any(r => string.Equals(MarkdownInline.ToPlainText(text.Substring(r.Start, r.Length)), plain, StringComparison.OrdinalIgnoreCase)))
            {
                var after = text[(runs[last].Start + runs[last].Length)..].TrimStart('*').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                for (var n = 1; n <= Math.Min(2, after.Length); n++)
                {
                    if (Find(Normalise(plain + " " + string.Join(' ', after[..n])), criterionId) is { } whole)
                    {
                        return whole;
                    }
                }
            }

            first = last + 1;
        }

        return null;
    }

    /// <summary>
    /// "**types of school**" where the criterion's indicative content defines "Maintained schools",
    /// "Academies and free schools" and "Independent schools": a term naming the kinds of a thing is
    /// defined by the definitions of those kinds under the same criterion, each a term ending in the thing.
    /// </summary>
    private List<Definition> Kinds(string term, string criterionId)
    {
        var key = Normalise(term);
        if (KindWords.FirstOrDefault(w => key.StartsWith(w, StringComparison.Ordinal)) is not { } kindWord || key.Length == kindWord.Length)
        {
            return [];
        }

        var thing = key[kindWord.Length..];
        return [.. _definitions
            .Where(d => d.Key.EndsWith(" " + thing, StringComparison.Ordinal))
            .SelectMany(d => d.Value)
            .Where(d => d.CriterionId == criterionId)
            .Select(d => d.Definition)
            .Distinct()];
    }

    /// <summary>
    /// "**tip cuttings from *Fuchsia* plants**" where the criterion's indicative content defines "Tip cuttings":
    /// a term of two words or more followed by a phrase that says which ones (opened by "from", "for", "of",
    /// ...) is that term, when it is defined under the same criterion. A one-word head ("record of ...") is
    /// too general to stand for the whole, and a definition elsewhere in the unit may mean another thing.
    /// </summary>
    private Definition? Qualified(string term, string criterionId)
    {
        foreach (var head in QualifiedHeads(term))
        {
            if (_definitions.TryGetValue(head, out var list) && list.FirstOrDefault(d => d.CriterionId == criterionId) is { Definition: { } definition })
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>The normalised words of a term before each word that opens a phrase saying which ones, when two words or more ("tip cuttings").</summary>
    internal static IEnumerable<string> QualifiedHeads(string term)
    {
        var key = Normalise(term);
        foreach (var word in QualifierWords)
        {
            var at = key.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && key.AsSpan(0, at).Contains(' '))
            {
                yield return key[..at];
            }
        }
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

    /// <summary>Lower-case text without a leading article ("the ease allowance" is "ease allowance"); the text itself when it has none.</summary>
    internal static string WithoutArticle(string text) =>
        text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text.StartsWith("an ", StringComparison.Ordinal) ? text[3..] : text.StartsWith("a ", StringComparison.Ordinal) ? text[2..] : text;

    /// <summary>
    /// The form two spellings of one term share. With <paramref name="pluralInEs"/>, a word in "-es"
    /// loses it first ("arrises" meets "arris", "boxes" "box"), the second try after the usual form,
    /// which keeps "responses" with "response".
    /// </summary>
    public static string Normalise(string term, bool pluralInEs = false)
    {
        var words = MarkdownInline.ToPlainText(term).ToLowerInvariant().Replace('-', ' ').Replace('\u2011', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            var word = w.Trim(':', '.', ',', ';');
            if (pluralInEs && word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) && !word.EndsWith("ies", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
            {
                word = word[..^3] + "y"; // "tenancies" and "tenancy" meet
            }
            else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                word = word[..^1];
            }

            sb.Append(sb.Length > 0 ? " " : string.Empty).Append(word);
        }

        return sb.ToString();
    }
}
