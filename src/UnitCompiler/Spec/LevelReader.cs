using System.Globalization;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

/// <summary>
/// A level as unit and qualification specs write it: a whole number, or Entry level as the register
/// writes it ("Entry 3", "Entry"), which a spec may say from the format that added it
/// (the <c>sinceFormat</c> of <see cref="Read"/>); in an older one it names that format (UNITC0230).
/// </summary>
internal static class LevelReader
{
    public static (int? Level, int? Stage) Read(YamlShape shape, YamlNode node, string what, int formatVersion, int sinceFormat, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar s && EntryLevel.TryParseName(s.Value, out var stage))
        {
            if (formatVersion < sinceFormat)
            {
                diagnostics.Add(DiagnosticCatalog.KeyNeedsNewerFormat, shape.At(node), "level: " + s.Value, sinceFormat, formatVersion);
                return (null, null);
            }

            return (EntryLevel.Level, stage);
        }

        if (node is YamlScalar { IsQuotedOrTagged: false } n && int.TryParse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (number, null);
        }

        shape.WrongType(node, what, "a whole number, or Entry level as \"Entry 1\" to \"Entry 3\"");
        return (null, null);
    }
}
