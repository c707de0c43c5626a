namespace UnitCompiler.Spec;

/// <summary>
/// Which kind of spec a YAML file is, by its root keys rather than its name: a qualification spec
/// has a root key <c>qualification:</c>, which no unit spec has. Only a key at the start of a line
/// is a root key in block YAML (anything nested, block scalars included, is indented), so a scan of
/// line starts decides without parsing, and a unit build pays nothing for it.
/// </summary>
public static class SpecKinds
{
    private const string QualificationKey = "qualification";

    public static bool IsQualification(ReadOnlySpan<char> text)
    {
        foreach (var line in text.EnumerateLines())
        {
            var rest = line.StartsWith('\uFEFF') ? line[1..] : line;
            if (rest.StartsWith(QualificationKey, StringComparison.Ordinal) && rest[QualificationKey.Length..].TrimStart([' ', '\t']).StartsWith(':'))
            {
                return true;
            }

            if (rest.StartsWith("unit", StringComparison.Ordinal) && rest[4..].TrimStart([' ', '\t']).StartsWith(':'))
            {
                return false; // a unit spec's own root key: no need to read the rest
            }
        }

        return false;
    }

    /// <summary>The same test on a file's bytes (UTF-8, as specs are).</summary>
    public static bool IsQualification(ReadOnlySpan<byte> utf8)
    {
        var key = "\nqualification"u8;
        if (utf8.StartsWith("qualification"u8) || utf8.StartsWith("\uFEFFqualification"u8) || utf8.IndexOf(key) >= 0)
        {
            var chars = System.Text.Encoding.UTF8.GetString(utf8);
            return IsQualification(chars.AsSpan());
        }

        return false;
    }
}
