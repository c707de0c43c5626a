using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace UnitCompiler.Yaml;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events, keeping each node's offset
/// and each scalar's per-character origin. Reading events directly (rather than a representation
/// model) lets it bound the two ways a small file can cost a lot: nesting depth, and aliases that
/// expand a node many times over ("billion laughs").
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly SourceText _source;
    private readonly InputLimits _limits;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlNode Node, int Size)> _anchors = new(StringComparer.Ordinal);
    private IParser _parser = null!;
    private long _expanded;
    private Mark _lastMark = Mark.Empty;

    private YamlTreeReader(SourceText source, InputLimits limits, DiagnosticBag diagnostics)
    {
        _source = source;
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The tree of a spec in the canonical subset the writers produce comes from
    /// <see cref="CanonicalYamlReader"/>, several times quicker; any other file, and every error, from YamlDotNet.
    /// </summary>
    public static YamlNode? Read(SourceText source, InputLimits limits, DiagnosticBag diagnostics) =>
        CanonicalYamlReader.TryRead(source, limits) ?? ReadWithYamlDotNet(source, limits, diagnostics);

    /// <summary>YamlDotNet's reading alone: the reference the canonical reader is tested against.</summary>
    internal static YamlNode? ReadWithYamlDotNet(SourceText source, InputLimits limits, DiagnosticBag diagnostics) =>
        new YamlTreeReader(source, limits, diagnostics).Read();

    private YamlNode? Read()
    {
        try
        {
            _parser = new CheckedParser(new Scanner(new StringReader(_source.Text)));
            _parser.Consume<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                _diagnostics.Add(DiagnosticCatalog.EmptyInput, SourceLocation.File(_source.Path));
                return null;
            }

            _parser.Consume<DocumentStart>();
            var (root, _) = ReadNode(depth: 0);
            _parser.Consume<DocumentEnd>();
            if (!_parser.Accept<StreamEnd>(out _))
            {
                _diagnostics.Add(DiagnosticCatalog.YamlSyntax, Location(_parser.Current!.Start), "a spec is one YAML document; a second one starts here");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            _diagnostics.Add(DiagnosticCatalog.YamlSyntax, Location(e.Start), Message(e));
            return null;
        }
        catch (SpecLimitException)
        {
            return null; // already reported
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, on some unterminated flow
            // collections. The last event it produced is the best position we have.
            _diagnostics.Add(DiagnosticCatalog.YamlSyntax, Location(_lastMark), "the YAML ends inside an unclosed [ ] or { } (or a quote) that starts near here");
            return null;
        }
    }

    private (YamlNode Node, int Size) ReadNode(int depth)
    {
        if (depth > _limits.MaxYamlDepth)
        {
            _diagnostics.Add(DiagnosticCatalog.YamlTooDeep, Location(_parser.Current!.Start), _limits.MaxYamlDepth);
            throw new SpecLimitException();
        }

        var current = _parser.Current!;
        _lastMark = current.Start;
        var start = Offset(current.Start);
        switch (current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    throw new YamlException(current.Start, current.End, $"alias *{alias.Value.Value} names no anchor");
                }

                Count(anchored.Size, current.Start);
                return anchored;
            case Scalar scalar:
                _parser.MoveNext();
                Count(1, current.Start);
                var origin = YamlScalarOrigin.Map(_source, Offset(scalar.Start), Offset(scalar.End), scalar.Style, scalar.Value);
                var node = new YamlScalar(start, scalar.Value, scalar.Style, origin, scalar.Style is not ScalarStyle.Plain || !scalar.Tag.IsEmpty);
                return Anchor(scalar.Anchor, node, 1);
            case SequenceStart sequenceStart:
            {
                _parser.MoveNext();
                var items = new List<YamlNode>();
                var size = 1;
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    var (item, itemSize) = ReadNode(depth + 1);
                    items.Add(item);
                    size += itemSize;
                }

                Count(1, current.Start);
                return Anchor(sequenceStart.Anchor, new YamlSequence(start, items), size);
            }

            case MappingStart mappingStart:
            {
                _parser.MoveNext();
                var entries = new List<(YamlScalar, YamlNode)>();
                var size = 1;
                while (!_parser.TryConsume<MappingEnd>(out _))
                {
                    var (key, keySize) = ReadNode(depth + 1);
                    if (key is not YamlScalar keyScalar)
                    {
                        throw new YamlException(_parser.Current!.Start, _parser.Current.End, "spec keys are plain words, not lists or mappings");
                    }

                    var (value, valueSize) = ReadNode(depth + 1);
                    entries.Add((keyScalar, value));
                    size += keySize + valueSize;
                }

                Count(1, current.Start);
                return Anchor(mappingStart.Anchor, new YamlMapping(start, entries), size);
            }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private (YamlNode, int) Anchor(AnchorName anchor, YamlNode node, int size)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (node, size);
        }

        return (node, size);
    }

    private void Count(int nodes, Mark at)
    {
        _expanded += nodes;
        if (_expanded > _limits.MaxYamlNodes)
        {
            _diagnostics.Add(DiagnosticCatalog.YamlTooLarge, Location(at), _limits.MaxYamlNodes);
            throw new SpecLimitException();
        }
    }

    private int Offset(Mark mark) => (int)Math.Clamp(mark.Index, 0, _source.Length);

    private SourceLocation Location(Mark mark) => _source.Location(Offset(mark));

    /// <summary>YamlDotNet prefixes messages with its own "(Line: 3, Col: 5 ...)": the location already says that.</summary>
    private static string Message(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.StartsWith('(') ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return close > 0 ? message[(close + 3)..] : message;
    }

    private sealed class SpecLimitException : Exception;

    /// <summary>
    /// YamlDotNet checks some tokens (tag names) in constructors that throw ArgumentException rather
    /// than report a syntax error; this turns those into the syntax error they are, at the position
    /// the scanner reached when it read the token.
    /// </summary>
    private sealed class CheckedParser(Scanner scanner) : IParser
    {
        private readonly Parser _inner = new(scanner);

        public ParsingEvent? Current => _inner.Current;

        public bool MoveNext()
        {
            try
            {
                return _inner.MoveNext();
            }
            catch (ArgumentException e)
            {
                var message = e.Message.Split(" (Parameter", 2)[0].TrimEnd('.');
                var at = scanner.Current?.Start ?? scanner.CurrentPosition;
                throw new YamlException(at, at, char.ToLowerInvariant(message[0]) + message[1..]);
            }
        }
    }
}
