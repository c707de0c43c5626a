using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>Counts block-level tags left open, which is how a wrapped row shows itself.</summary>
internal static class HtmlBalance
{
    private static readonly string[] BlockTags = ["p", "ul", "ol", "li"];

    public static int Of(SourceText source, SourceSegment segment) => Balance(source.Text.AsSpan(segment.Start, segment.Length));

    internal static int Balance(ReadOnlySpan<char> html)
    {
        var balance = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length; )
        {
            var rest = html[(i + 1)..];
            var close = rest.Length > 0 && rest[0] == '/';
            var name = close ? rest[1..] : rest;
            foreach (var tag in BlockTags)
            {
                if (name.StartsWith(tag, StringComparison.OrdinalIgnoreCase) && name.Length > tag.Length && name[tag.Length] is '>' or ' ' or '/')
                {
                    var selfClosing = !close && name[tag.Length..].IndexOf('>') is var gt and > 0 && name[tag.Length + gt - 1] == '/';
                    if (!selfClosing)
                    {
                        balance += close ? -1 : 1;
                    }

                    break;
                }
            }

            var next = rest.IndexOf('<');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return balance;
    }
}
