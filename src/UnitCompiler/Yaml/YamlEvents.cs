using System.Globalization;
using UnitCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace UnitCompiler.Yaml;

/// <summary>The handful of YAML shapes a spec uses, so the writers read as the spec's outline.</summary>
internal sealed class YamlEvents(IEmitter emitter)
{
    /// <summary>
    /// A spec's canonical text: the schema comment on the first line, then one block-style mapping
    /// written by <paramref name="body"/>, with no folding (a git diff shows the field that changed)
    /// and a final newline.
    /// </summary>
    public static string Document(string schemaComment, Action<YamlEvents> body)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new Comment(schemaComment, isInline: false));
        emitter.Emit(new DocumentStart());
        var y = new YamlEvents(emitter);
        y.MappingStart();
        body(y);
        y.MappingEnd();
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        var yaml = writer.ToString();
        return yaml.EndsWith('\n') ? yaml : yaml + "\n";
    }

    public void MappingStart() => emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));

    public void MappingEnd() => emitter.Emit(new MappingEnd());

    /// <summary>Empty sequences are written in flow style, as <c>[]</c>.</summary>
    public void SequenceStart(bool empty = false) =>
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, empty ? SequenceStyle.Flow : SequenceStyle.Block));

    public void SequenceEnd() => emitter.Emit(new SequenceEnd());

    public void Key(string key) => Plain(key);

    /// <summary>A string the emitter may leave plain when YAML would read it back as the same string.</summary>
    public void String(string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));

    public void Text(LocatedText text) => String(text.Value);

    /// <summary>Ids are always quoted: "1" and "1.1" must stay strings for every YAML reader.</summary>
    public void Id(string id) => emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, id, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));

    public void Bool(bool value) => Plain(value ? "true" : "false");

    public void Number(int? value)
    {
        if (value is null)
        {
            Plain("null");
        }
        else
        {
            Plain(value.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Alignment scores, to three places so that equal inputs give equal bytes.</summary>
    public void Scores(IEnumerable<double> scores)
    {
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
        foreach (var s in scores)
        {
            Plain(s.ToString("0.0##", CultureInfo.InvariantCulture));
        }

        SequenceEnd();
    }

    public void Texts(IEnumerable<LocatedText> texts)
    {
        var list = texts.ToList();
        SequenceStart(empty: list.Count == 0);
        foreach (var t in list)
        {
            Text(t);
        }

        SequenceEnd();
    }

    public void Ids(IEnumerable<string> ids)
    {
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
        foreach (var id in ids)
        {
            Id(id);
        }

        SequenceEnd();
    }

    public void FlowStrings(IEnumerable<string> values)
    {
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
        foreach (var v in values)
        {
            String(v);
        }

        SequenceEnd();
    }

    private void Plain(string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

    /// <summary>
    /// Strings YAML 1.1 or 1.2 readers would take for something else (yes, no, null, numbers, dates)
    /// or that start or end with spaces: quoted, so every tool reads them as the same string.
    /// </summary>
    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return true;
        }

        var lower = value.ToLowerInvariant();
        if (lower is "y" or "n" or "yes" or "no" or "on" or "off" or "true" or "false" or "null" or "~")
        {
            return true;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || value.Any(char.IsControl);
    }
}
