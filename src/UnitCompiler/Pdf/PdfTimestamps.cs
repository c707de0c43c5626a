using System.Text;

namespace UnitCompiler.Pdf;

/// <summary>
/// Chromium stamps each PDF with the time it was printed; nothing else in its output varies from
/// run to run. The stamps are replaced by one fixed date of the same length, so the cross-reference
/// offsets stay valid and the same HTML prints to the same bytes, which the build needs to skip an
/// unchanged PDF.
/// </summary>
internal static class PdfTimestamps
{
    private static readonly byte[][] Keys = [Encoding.ASCII.GetBytes("/CreationDate (D:"), Encoding.ASCII.GetBytes("/ModDate (D:")];

    private static readonly byte[] FixedDate = Encoding.ASCII.GetBytes("20000101000000+00'00'");

    public static byte[] Fix(byte[] pdf)
    {
        foreach (var key in Keys)
        {
            var at = pdf.AsSpan().IndexOf(key);
            if (at < 0)
            {
                continue;
            }

            // Chromium writes D:YYYYMMDDHHmmSS+HH'mm'; a stamp of any other shape is left alone
            // rather than rewritten into something a strict reader might reject.
            var start = at + key.Length;
            if (pdf.AsSpan(start).IndexOf((byte)')') == FixedDate.Length)
            {
                FixedDate.CopyTo(pdf.AsSpan(start));
            }
        }

        return pdf;
    }
}
