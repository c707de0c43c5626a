using UnitCompiler.Text;
using YamlDotNet.Core;

namespace UnitCompiler.Yaml;

/// <summary>A YAML node as read, with where it starts; the spec reader's own tree, built from parser events.</summary>
internal abstract record YamlNode(int Start)
{
    public abstract string Describe { get; }
}

internal sealed record YamlScalar(int Start, string Value, ScalarStyle Style, TextOrigin Origin, bool IsQuotedOrTagged) : YamlNode(Start)
{
    public override string Describe => "a scalar";

    public bool IsNull => !IsQuotedOrTagged && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlSequence(int Start, List<YamlNode> Items) : YamlNode(Start)
{
    public override string Describe => "a list";
}

internal sealed record YamlMapping(int Start, List<(YamlScalar Key, YamlNode Value)> Entries) : YamlNode(Start)
{
    public override string Describe => "a mapping";
}
