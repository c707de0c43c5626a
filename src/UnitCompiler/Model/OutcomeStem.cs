namespace UnitCompiler.Model;

/// <summary>An outcome's kind from how it starts: "Understand"/"Know" for knowledge, "Be able to" for skill.</summary>
public static class OutcomeStem
{
    public static OutcomeKind? Classify(string outcomeText)
    {
        var t = MarkdownInline.ToPlainText(outcomeText).TrimStart();
        if (t.StartsWith("Be able to", StringComparison.OrdinalIgnoreCase))
        {
            return OutcomeKind.Skill;
        }

        if (t.StartsWith("Understand", StringComparison.OrdinalIgnoreCase) || StartsWithWord(t, "Know"))
        {
            return OutcomeKind.Knowledge;
        }

        return null;
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));
}
