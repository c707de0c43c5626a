using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// A criterion starts with a command verb in its base form. Any English verb will do (WordNet's,
/// see Lint/Lexicon), so trade verbs (Torque, Lubricate, Commission) pass; inflected forms
/// (Describes, Describing), nouns (The role of, Knowledge of) and adverbs (Safely use) do not.
/// </summary>
public sealed class CommandVerbRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintCommandVerb;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        var word = CommandVerbs.FirstWord(plain);
        if (CommandVerbs.UnassessableOpening(plain) is not null)
        {
            return; // UNITC1003 says what is wrong with it
        }

        if (CommandVerbs.IsCommandVerb(word, context.Config) && !IsNounBeforeOf(word, CommandVerbs.SecondWord(plain)))
        {
            return;
        }

        context.Report(Descriptor, criterion.Text, FirstWordIndex(criterion.Text.Value), Math.Max(word.Length, 1), criterion.Id, criterion.Id, word);
    }

    /// <summary>
    /// "Impact of", "Use of", "Review of": a verb takes its object directly, so a word that is also a
    /// verb but is followed by "of" is a noun, unless the two make a verb ("Dispose of").
    /// </summary>
    private static bool IsNounBeforeOf(string word, string next) =>
        next.Equals("of", StringComparison.OrdinalIgnoreCase) && !Lexicon.EnglishVerbs.IsPhrasal(word, next);
}
