using UnitCompiler.Guidance;

namespace UnitCompiler.Tests.Guidance;

public class ThesaurusTests
{
    private static List<string> Expand(string text) => Thesaurus.Default.Expand([.. TextAnalyzer.Terms(text)]);

    [Theory]
    [InlineData("Select PPE for the task", "wear protective equipment")]
    [InlineData("keep a diary of visits", "the calendar of visits")]
    [InlineData("replace a faulty float-operated valve", "swap the ballvalve")]
    public void MembersOfOneGroupShareAToken(string a, string b) =>
        Assert.NotEmpty(Expand(a).Where(t => t[0] == '~').Intersect(Expand(b).Where(t => t[0] == '~')));

    [Fact]
    public void APhraseMatchesOnlyAsConsecutiveWords() =>
        Assert.DoesNotContain(Expand("protective boots, equipment"), t => Expand("protective equipment").Where(x => x[0] == '~').Contains(t));

    [Theory]
    [InlineData("Make a revision timetable and work through a little each week", true)]
    [InlineData("Bring a calculator, a pencil and a ruler to every exam.", true)]
    [InlineData("Controlled drugs need a locked cabinet and a register", false)]
    public void StudyAdviceIsRecognisedByItsWords(string text, bool advice) =>
        Assert.Equal(advice, StudyAdvice.IsAdvice([.. TextAnalyzer.Terms(text)]));
}
