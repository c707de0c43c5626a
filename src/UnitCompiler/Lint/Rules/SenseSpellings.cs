namespace UnitCompiler.Lint.Rules;

/// <summary>
/// Words whose UK spelling depends on their sense, which a word list cannot hold:
/// <list type="bullet">
/// <item>program: UK English writes a computer program, but a training programme;</item>
/// <item>practice / practise, licence / license: the noun has a c, the verb an s;</item>
/// <item>judgment: the legal spelling in UK English too, judgement otherwise;</item>
/// <item>disk (computing) and inquiry (formal investigation) are UK spellings and are never reported.</item>
/// </list>
/// The sense is read from the words around: a computing or legal word in the same text (or, for
/// program, anywhere in a unit about computing), or a word before it that only a verb follows
/// (to, must, should).
/// </summary>
internal static class SenseSpellings
{
    private static readonly HashSet<string> Computing = new(StringComparer.OrdinalIgnoreCase)
    {
        "computer", "computers", "software", "plc", "cnc", "code", "coding", "app", "apps", "firmware", "robot", "controller",
        "microcontroller", "script", "scripts", "database", "spreadsheet", "macro", "programming", "programmer", "developer",
    };

    private static readonly HashSet<string> Legal = new(StringComparer.OrdinalIgnoreCase)
    {
        "court", "courts", "legal", "law", "tribunal", "judge", "judges", "judicial", "claimant", "appeal", "ruling",
    };

    private static readonly HashSet<string> VerbBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "must", "should", "can", "could", "will", "would", "may", "might", "shall", "not", "and", "or",
    };

    /// <summary>
    /// When <paramref name="decided"/> is true, the word is one of these and the result is its UK
    /// spelling in this sense (null when it is right as written); otherwise the word is not one of them.
    /// </summary>
    public static string? Suggest(string text, int at, int length, out bool decided) => Suggest(text, at, length, static () => false, out decided);

    /// <summary>As above; <paramref name="computingUnit"/> says whether the unit is about computing (asked only for "program").</summary>
    public static string? Suggest(string text, int at, int length, Func<bool> computingUnit, out bool decided)
    {
        decided = true;
        var word = text.AsSpan(at, length);
        if (word.Equals("program", StringComparison.OrdinalIgnoreCase) || word.Equals("programs", StringComparison.OrdinalIgnoreCase))
        {
            return Near(text, at, Computing) || computingUnit() ? null : word.Length == 7 ? "programme" : "programmes";
        }

        if (word.Equals("judgment", StringComparison.OrdinalIgnoreCase) || word.Equals("judgments", StringComparison.OrdinalIgnoreCase))
        {
            return Near(text, at, Legal) ? null : word.Length == 8 ? "judgement" : "judgements";
        }

        if (word.Equals("practice", StringComparison.OrdinalIgnoreCase))
        {
            return IsVerbPosition(text, at) ? "practise" : null;
        }

        if (word.Equals("license", StringComparison.OrdinalIgnoreCase) || word.Equals("licenses", StringComparison.OrdinalIgnoreCase))
        {
            return IsVerbPosition(text, at) ? null : word.Length == 7 ? "licence" : "licences";
        }

        if (word.Equals("disk", StringComparison.OrdinalIgnoreCase) || word.Equals("disks", StringComparison.OrdinalIgnoreCase)
            || word.Equals("inquiry", StringComparison.OrdinalIgnoreCase) || word.Equals("inquiries", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        decided = false;
        return null;
    }

    /// <summary>Whether a text names computing: a computer program is a program in the whole unit.</summary>
    public static bool IsAboutComputing(string text) => Near(text, -1, Computing);

    /// <summary>First in its text (a criterion's command verb), or after a word only a verb follows.</summary>
    private static bool IsVerbPosition(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        if (before.TrimStart("*_ ").IsEmpty)
        {
            return true;
        }

        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return start < before.Length && VerbBefore.Contains(before[start..].ToString());
    }

    /// <summary>Whether a word of <paramref name="words"/> is in the same text (a criterion, a definition, a note).</summary>
    private static bool Near(string text, int at, HashSet<string> words)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !char.IsLetter(text[i]))
            {
                if (i > start && start != at && words.Contains(text[start..i]))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }
}
