using CsCheck;
using Markdig;
using UnitCompiler.Render;

namespace UnitCompiler.Tests.Render;

/// <summary>The plain-prose fast path must give exactly what Markdig gives, or not be taken.</summary>
public class MarkdownTextTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private const string Allowed = "aZé1 ,.;:'()?%/-\u2018\u2019\u201C\u201D\u2013\u2014";

    // Half of them prose the fast path takes (a letter, then allowed characters), half with the
    // characters nearest to it that it must refuse mixed in.
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Select(Gen.Char["aZé"], Gen.String[Gen.Char[Allowed], 0, 30], (first, rest) => first + rest),
        Gen.String[Gen.Char[Allowed + "*_`[]!#|~\\<>&\"\t\n\u00A0=+"], 0, 30]);

    [Fact]
    public void FastPathAgreesWithMarkdig() =>
        Texts.Sample(text =>
        {
            if (!MarkdownText.IsPlainProse(text))
            {
                return true;
            }

            var html = Markdown.ToHtml(text, Pipeline).Trim();
            return html == $"<p>{text}</p>" && MarkdownText.ToInlineHtml(text) == text;
        }, iter: 20_000);

    [Theory]
    [InlineData("Explain the **duty of care**")]
    [InlineData("- a list")]
    [InlineData("1. a list")]
    [InlineData("Use <b>tags</b> & \"quotes\"")]
    [InlineData("trailing space ")]
    [InlineData("# heading")]
    [InlineData("two\nlines")]
    public void MarkupIsLeftToMarkdig(string text) => Assert.False(MarkdownText.IsPlainProse(text));

    [Fact]
    public void EverydayCriterionTextTakesTheFastPath() =>
        Assert.True(MarkdownText.IsPlainProse("Explain how to work in a person-centred way (see 2.1): the ‘duty’ of care, 50% – or more."));
}
