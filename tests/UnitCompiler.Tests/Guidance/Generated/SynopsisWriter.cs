using System.Text;

namespace UnitCompiler.Tests.Guidance.Generated;

/// <summary>Writes a synopsis's content in a given layout, as an author or an export would.</summary>
internal static class SynopsisWriter
{
    public static string Write(SynopsisDraft draft, SynopsisKnobs k)
    {
        var lines = new List<string>();
        var synopsis = string.Join(' ', draft.Synopsis);
        if (k.Preview)
        {
            // Exports put the synopsis's first characters above its heading, cut wherever the column ended.
            lines.Add(synopsis[..Math.Min(synopsis.Length, 90)]);
        }

        Heading(lines, 0, k);
        foreach (var paragraph in draft.Synopsis)
        {
            Block(lines, k.Html ? "<p>" : string.Empty, Encode(paragraph, k), k.Html ? "</p>" : string.Empty, k, string.Empty);
            if (!k.Html)
            {
                lines.Add(string.Empty);
            }
        }

        for (var list = 0; list < draft.Lists.Length; list++)
        {
            Heading(lines, list + 1, k);
            var html = k.Marker == "<li>";
            if (html)
            {
                lines.Add("<ul>");
            }

            var items = draft.Lists[list];
            for (var i = 0; i < items.Length; i++)
            {
                var (open, close) = k.Marker switch
                {
                    "<li>" => ("<li>", "</li>"),
                    "" when k.Html => ("<p>", "</p>"),
                    var m => (m.Replace("1", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), string.Empty),
                };
                Block(lines, k.Indent + open, Content(items[i], k), close, k, k.Indent + "  ");
                if (k.BlankBetweenItems || k.Marker.Length == 0 && !k.Html)
                {
                    lines.Add(string.Empty);
                }
            }

            if (html)
            {
                lines.Add("</ul>");
            }

            lines.Add(string.Empty);
        }

        var newline = k.Crlf ? "\r\n" : "\n";
        var text = string.Join(newline, lines.Select(l => k.TrailingSpaces && l.Length > 0 ? l + "  " : l)) + newline;
        return (k.Bom ? "\uFEFF" : string.Empty) + text;
    }

    /// <summary>What a correct reading gives for <paramref name="item"/>'s text, once layout is set aside.</summary>
    private static string Content(DraftItem item, SynopsisKnobs k)
    {
        var text = Encode(item.Text, k);
        if (item.Title is not { } title)
        {
            return text;
        }

        title = Encode(title, k);
        var (bold, unbold) = k.Html ? ("<strong>", "</strong>") : ("**", "**");
        return k.Titles switch
        {
            TitleStyle.Colon => $"{title}: {text}",
            TitleStyle.EnDash => $"{title} \u2013 {text}",
            TitleStyle.SpacedHyphen => $"{title} - {text}",
            TitleStyle.BoldThenColon => $"{bold}{title}{unbold}: {text}",
            _ => $"{bold}{title}:{unbold} {text}",
        };
    }

    private static void Heading(List<string> lines, int section, SynopsisKnobs k)
    {
        var wordings = SynopsisKnobs.HeadingWordings[section];
        var w = wordings[k.Wordings[section] % wordings.Length];
        lines.Add(k.Dress switch
        {
            HeadingDress.Plain => w,
            HeadingDress.Colon => w + ":",
            HeadingDress.Upper => w.ToUpperInvariant(),
            HeadingDress.MarkdownH2 => "## " + w,
            HeadingDress.MarkdownH3 => "### " + w,
            HeadingDress.Bold => "**" + w + "**",
            HeadingDress.BoldColon => "**" + w + ":**",
            HeadingDress.HtmlH3 => "<h3>" + Encode(w, k) + "</h3>",
            _ => "<p><strong>" + Encode(w, k) + "</strong></p>",
        });
        if (k.BlankAfterHeading)
        {
            lines.Add(string.Empty);
        }
    }

    /// <summary>A block on one line, or wrapped at a space in its second half with the rest on the next line.</summary>
    private static void Block(List<string> lines, string open, string content, string close, SynopsisKnobs k, string continuation)
    {
        var at = k.Wrap ? content.IndexOf(' ', content.Length / 2) : -1;
        if (at < 0)
        {
            lines.Add(open + content + close);
            return;
        }

        lines.Add(open + content[..at]);
        lines.Add(continuation + content[(at + 1)..] + close);
    }

    private static string Encode(string text, SynopsisKnobs k) =>
        k.Html ? new StringBuilder(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString() : text;
}
