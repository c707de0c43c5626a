using System.Text;
using CsCheck;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Spec;
using UnitCompiler.Tests.Spec;
using UnitCompiler.Text;
using UnitCompiler.Yaml;

namespace UnitCompiler.Tests.Yaml;

/// <summary>
/// The canonical reader may only ever give YamlDotNet's tree (node for node, positions and origins
/// included) or give up; and it must not give up on what unitc's writers write, or it saves nothing.
/// </summary>
public class CanonicalYamlReaderTests
{
    private static readonly InputLimits Limits = InputLimits.Default;

    /// <summary>Null when the canonical reader gave up; otherwise asserts it matched YamlDotNet exactly.</summary>
    private static YamlNode? CheckAgainstYamlDotNet(SourceText source, InputLimits? limits = null)
    {
        var fast = CanonicalYamlReader.TryRead(source, limits ?? Limits);
        if (fast is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var reference = YamlTreeReader.ReadWithYamlDotNet(source, limits ?? Limits, diagnostics);
        var shown = source.Text.Length > 3000 ? source.Text[..3000] + "..." : source.Text;
        Assert.True(reference is not null && diagnostics.ToImmutable().Length == 0, $"the canonical reader read what YamlDotNet refuses ({string.Join("; ", diagnostics.ToImmutable())}):\n{shown}");
        var difference = YamlTrees.Difference(reference!, fast);
        Assert.True(difference is null, $"{difference}\n{shown}");
        return fast;
    }

    private static string WhyNot(SourceText source)
    {
        CanonicalYamlReader.TryRead(source, Limits, out var at);
        var line = at < 0 ? "(a character check)" : source.LineText(source.Location(at).Line).ToString();
        return $"not read on the fast path, at offset {at}: {line}\n{source.Text}";
    }

    private static IEnumerable<string> RepositoryYamlFiles()
    {
        var root = TestPaths.RepositoryRoot;
        return new[] { "tests", "spec", "templates" }
            .Select(d => Path.Combine(root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    [Fact]
    public void EveryYamlFileOfTheRepositoryReadsAsYamlDotNetReadsIt()
    {
        var files = RepositoryYamlFiles().ToList();
        Assert.True(files.Count >= 50, $"{files.Count} YAML files found");
        var fast = new List<string>();
        foreach (var file in files)
        {
            var diagnostics = new DiagnosticBag();
            var source = InputFile.DecodeText(file, File.ReadAllBytes(file), Limits, diagnostics);
            if (source is not null && CheckAgainstYamlDotNet(source) is not null)
            {
                fast.Add(Path.GetRelativePath(TestPaths.RepositoryRoot, file));
            }
        }

        // The canonical specs must take the fast path, or it is never taken.
        Assert.Contains(Path.Combine("tests", "UnitCompiler.Tests", "Expected", "L-652-0848.yaml"), fast);
        Assert.Contains(Path.Combine("tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"), fast);
        Assert.Contains(Path.Combine("spec", "L-652-0848.yaml"), fast);
        Assert.True(fast.Count * 2 >= files.Count, $"only {fast.Count} of {files.Count} files read on the fast path");
    }

    [Fact]
    public void WrittenSpecsTakeTheFastPathAndMatchYamlDotNet() =>
        RoundTripPropertyTests.Units.Sample(unit =>
        {
            var source = new SourceText("gen.yaml", SpecWriter.Write(unit));
            Assert.True(CheckAgainstYamlDotNet(source) is not null, WhyNot(source));
        }, iter: 300);

    [Fact]
    public void WrittenQualificationsTakeTheFastPathAndMatchYamlDotNet() =>
        QualificationRoundTripPropertyTests.Qualifications.Sample(qualification =>
        {
            var source = new SourceText("gen.qualification.yaml", QualificationWriter.Write(qualification));
            Assert.True(CheckAgainstYamlDotNet(source) is not null, WhyNot(source));
        }, iter: 200);

    [Fact]
    public void CrlfSpecsTakeTheFastPathWithTheSamePositions()
    {
        var seed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.yaml"));
        Assert.NotNull(CheckAgainstYamlDotNet(new SourceText("crlf.yaml", seed.Replace("\n", "\r\n"))));
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a: [[1]]\n")]
    [InlineData("a: b\n---\nc: d\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: 'quoted\n  over lines'\n")]
    [InlineData("a:\n\tb: 1\n")]
    [InlineData("\uFEFFa: 1\n")]
    [InlineData("a:\n- 1\n")]
    [InlineData("a:\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("  a: 1\n")]
    [InlineData("# only a comment\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    public void AnythingOutsideTheSubsetGoesToYamlDotNet(string yaml) =>
        Assert.Null(CanonicalYamlReader.TryRead(new SourceText("x.yaml", yaml), Limits));

    [Fact]
    public void ScalarsOfEveryStyleTheWritersUseMatch()
    {
        const string yaml = "# c\nk: plain words, a:b #x\nq: 'it''s'   # note\nd: \"tab\\there \\\"q\\\" \\x41\\u00e9\\U0001F600\\\\\"\nf: [a b , 'c''d', \"e\\n\"]  \ne: []\nm: {}\ns:\n  - one\n  - k: v\n    j:\n      - [x]\n  -   z: 1\n";
        Assert.NotNull(CheckAgainstYamlDotNet(new SourceText("x.yaml", yaml)));
    }

    [Fact]
    public void PastEitherLimitYamlDotNetReportsIt()
    {
        var deep = new SourceText("deep.yaml", "a:\n  b:\n    c:\n      d: 1\n");
        var shallow = new InputLimits(Limits.MaxInputBytes, MaxYamlDepth: 3, MaxYamlNodes: Limits.MaxYamlNodes);
        Assert.Null(CanonicalYamlReader.TryRead(deep, shallow));
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlTreeReader.Read(deep, shallow, diagnostics));
        Assert.Contains(diagnostics.ToImmutable(), d => d.Descriptor == DiagnosticCatalog.YamlTooDeep);

        var few = new InputLimits(Limits.MaxInputBytes, Limits.MaxYamlDepth, MaxYamlNodes: 6);
        var wide = new SourceText("wide.yaml", "a: 1\nb: 2\nc: 3\nd: 4\n");
        Assert.Null(CanonicalYamlReader.TryRead(wide, few));
        diagnostics = new DiagnosticBag();
        Assert.Null(YamlTreeReader.Read(wide, few, diagnostics));
        Assert.Contains(diagnostics.ToImmutable(), d => d.Descriptor == DiagnosticCatalog.YamlTooLarge);

        // At the limits exactly, both readers accept and agree.
        Assert.NotNull(CheckAgainstYamlDotNet(wide, new InputLimits(Limits.MaxInputBytes, 1, MaxYamlNodes: 9)));
    }

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    // Text in and near the subset: awkward scalars in every style (some broken on purpose), odd
    // indents, comments anywhere, CRLF, empty values, tabs, a BOM, very long lines.
    private static readonly string Alphabet = "ab Z09-_:#'\"\\,.[]{}&*!|>%@`?~é’•\u00A0😀\t";

    private static readonly Gen<string> Raw = Gen.OneOf(
        Gen.String[Gen.Char[Alphabet], 0, 12],
        Gen.String[Gen.Char["abc "], 1, 8],
        Pick("yes", "null", "~", "1.5", "-1", "- x", "# y", "a: b", "a:b", " lead", "trail ", "x #y", "x#y", "?x", ":x", "-x", "---", "...", "%x"),
        Gen.Int[500, 3000].Select(n => new string('w', n)));

    private static readonly Gen<string> Escape = Pick("\\n", "\\t", "\\\\", "\\\"", "\\x41", "\\u00e9", "\\U0001F600", "\\ud83d\\ude00", "\\/", "\\N", "\\_", "\\e", "\\0", "\\q", "\\x4", "\\", "\\U00110000");

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Gen.String[Gen.Char["abc -'.é’"], 1, 12].Where(s => s.Trim(' ') == s && !s.StartsWith('-') && !s.StartsWith('\''))),
        (2, Raw),
        (3, Raw.Select(s => "'" + s.Replace("'", "''") + "'")),
        (1, Raw.Select(s => "'" + s + "'")),
        (3, Gen.Select(Raw, Escape, Raw).Select(t => "\"" + t.Item1.Replace("\\", "\\\\").Replace("\"", "\\\"") + t.Item2 + t.Item3.Replace("\"", "\\\"") + "\"")),
        (2, Pick("[]", "{}", "[ ]", "{ }", "[a, b]", "['a', \"b\"]", "[a,]", "[a, [b]]", "[a b , c]", "[\"x\\ty\", 'it''s']", "[a: b]", "[a #b]", "[-1]")),
        (1, Gen.Const("")));

    private static readonly Gen<string> Key = Gen.Frequency(
        (6, Pick("id", "text", "items", "terms", "a-b", "a.b", "_x", "1", "Key")),
        (1, Gen.String[Gen.Char["ab :-'\"#"], 1, 5]));

    private static readonly Gen<string> Trailer = Gen.Frequency((6, Gen.Const("")), (1, Pick(" # c", "#c", "   ", " #", " ## x: y")));

    private static Gen<List<string>> Block(int indent, int depth) =>
        Gen.Int[1, 4].SelectMany(count => Gen.Bool.SelectMany(sequence => Entry(indent, depth, sequence).Array[count].Select(es => es.SelectMany(e => e).ToList())));

    private static Gen<List<string>> Entry(int indent, int depth, bool sequence)
    {
        var pad = new string(' ', indent);
        var inline = Gen.Select(Key, Scalar, Trailer).Select(t => sequence ? $"{pad}- {t.Item2}{t.Item3}" : $"{pad}{t.Item1}: {t.Item2}{t.Item3}");
        var single = inline.Select(l => new List<string> { l });
        if (depth >= 3)
        {
            return single;
        }

        var step = Gen.Frequency((5, Gen.Const(2)), (1, Gen.Int[1, 4]));
        var nested = Gen.Select(Key, step).SelectMany(t => Block(indent + t.Item2, depth + 1).Select(lines =>
        {
            if (!sequence)
            {
                return lines.Prepend($"{pad}{t.Item1}:").ToList();
            }

            // A compact mapping in a sequence item: "- key: value" with the rest under the key.
            var first = lines[0].TrimStart();
            return first.StartsWith('-') ? lines.Prepend($"{pad}-").ToList() : [$"{pad}- {first}", .. lines.Skip(1).Select(l => l.Length >= t.Item2 - 2 && t.Item2 >= 2 ? l[(t.Item2 - 2)..] : l)];
        }));
        return Gen.Frequency((3, single), (2, nested));
    }

    private static readonly Gen<string> Documents =
        from lines in Block(0, 0)
        from noise in Gen.Frequency((4, Gen.Const(-1)), (1, Gen.Int[0, 40]))
        from noiseLine in Pick("", "   ", "# comment", "    # deeper comment", "  more", "\t", "---", "- x")
        from crlf in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        from bom in Gen.Frequency((20, Gen.Const(false)), (1, Gen.Const(true)))
        from header in Pick("", "# yaml-language-server: $schema=unitc.schema.json\n", "\n", "%YAML 1.1\n---\n")
        select Render(lines, noise, noiseLine, crlf, bom, header);

    private static string Render(List<string> lines, int noise, string noiseLine, bool crlf, bool bom, string header)
    {
        if (noise >= 0)
        {
            lines.Insert(Math.Min(noise, lines.Count), noiseLine);
        }

        var text = header + string.Join("\n", lines) + "\n";
        text = crlf ? text.Replace("\n", "\r\n") : text;
        return bom ? "\uFEFF" + text : text;
    }

    [Fact]
    public void GeneratedYamlReadsAsYamlDotNetReadsItOrGoesToIt()
    {
        var fast = 0;
        var total = 0;
        Documents.Sample(yaml =>
        {
            Interlocked.Increment(ref total);
            if (CheckAgainstYamlDotNet(new SourceText("gen.yaml", yaml)) is not null)
            {
                Interlocked.Increment(ref fast);
            }
        }, iter: 4000);

        // Enough of the generated text must be in the subset for the comparison to mean something
        // (most of the rest is text YamlDotNet refuses: the generator breaks quotes and escapes on purpose).
        Assert.True(fast * 10 >= total, $"only {fast} of {total} documents read on the fast path");
    }
}
