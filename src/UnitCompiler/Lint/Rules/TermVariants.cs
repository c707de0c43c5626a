using System.Text;
using UnitCompiler.Lint.Lexicon;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// The form two spellings of one key term share when they differ only by a spelling or
/// derivational variant: US and UK spellings (organization, organisation), -ize and -ise, and
/// -ative beside -ive (preventative, preventive).
/// </summary>
internal static class TermVariants
{
    public static string Key(string term)
    {
        var sb = new StringBuilder();
        foreach (var word in KeyTermResolver.Normalise(term).Split(' '))
        {
            var w = SpellingVariants.UkOf(word, SpellingStyle.British) ?? word;
            w = w.Replace("iz", "is", StringComparison.Ordinal).Replace("yz", "ys", StringComparison.Ordinal);
            if (w.EndsWith("ative", StringComparison.Ordinal) && w.Length > 8)
            {
                w = w[..^5] + "ive";
            }

            sb.Append(sb.Length > 0 ? " " : string.Empty).Append(w);
        }

        return sb.ToString();
    }

    /// <summary>The definition in the unit whose term is a variant spelling of <paramref name="term"/>, if any.</summary>
    public static Definition? FindVariant(Unit unit, string term)
    {
        var key = Key(term);
        return unit.IndicativeContent.SelectMany(c => c.Definitions).FirstOrDefault(d => Key(d.Term.Value) == key);
    }
}
