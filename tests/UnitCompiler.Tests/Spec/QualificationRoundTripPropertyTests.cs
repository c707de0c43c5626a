using CsCheck;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>fmt's form of a qualification spec is a fixpoint for any qualification the model holds, whatever its strings contain.</summary>
public class QualificationRoundTripPropertyTests
{
    // Strings YAML would read as something else, or that need quoting: the writer must keep each a string.
    private static readonly string[] Awkward = ["yes", "no", "null", "~", "1.3", "true", "- x", "# y", "a: b", " lead", "trail ", "**bold** term", "2025-09-01", "line\nbreak", "[A/100/0001]", "{x}"];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abc XYZ-:#'\"\\*_&%@`|>!?{}[],.()/\u2019\u00E9\t"], 0, 30],
        Gen.Int[0, Awkward.Length - 1].Select(i => Awkward[i]));

    private static readonly Gen<string?> Optional = Gen.OneOf(Gen.Const(default(string)), Text.Select(t => (string?)t));

    // Versions are read as ids are, trimmed ("1.1 " is version 1.1), so a spec's version never carries spaces.
    private static readonly Gen<string> Version = Text.Select(t => "v" + t.Trim());

    private static readonly Gen<DateOnly?> Date = Gen.OneOf(Gen.Const(default(DateOnly?)), Gen.Int[0, 5000].Select(d => (DateOnly?)new DateOnly(2020, 1, 1).AddDays(d)));

    private static readonly Gen<string> Ref = Gen.Int[0, 30].Select(i => $"A/100/{i:0000}");

    internal static Gen<Qualification> Qualifications =>
        from title in Text
        from version in Gen.OneOf(Gen.Const(default(string)), Version.Select(v => (string?)v))
        from register in Gen.Select(Optional, Optional, Optional, Gen.Int[0, 500].Nullable(), Date, Date, Text.Array[0, 3])
        from prose in Text.Select(t => new LocatedText(t)).Array[0, 3].Array[6]
        from history in Gen.Select(Version, Date, Text, Optional).Array[0, 3]
        from groups in Gen.Select(Text, Gen.Bool, Gen.Int[0, 40].Nullable(), Gen.Int[0, 9].Nullable(), Ref.Array[0, 4]).Array[1, 4]
        from rules in Gen.Select(Gen.Int[0, 60].Nullable(), Gen.Select(Gen.Int[1, 8], Gen.Int[0, 30]).Array[0, 2], Gen.Select(Ref, Ref).Array[0, 2])
        from declared in Gen.Select(Ref, Text, Gen.Int[1, 8], Gen.Int[1, 20], Gen.Int[1, 200]).Array[0, 3]
        select new Qualification(
            new QualificationHeader("603/1234/5", new LocatedText(title), register.Item4, register.Item4 * 10, register.Item4, register.Item4) { Version = version },
            [.. groups.Select((g, i) => new UnitGroup(((char)('A' + i)).ToString(), new LocatedText(g.Item1), g.Item2, g.Item3, g.Item3 + 5, g.Item4, null, [.. g.Item5.Select(r => new UnitReference(r))]))],
            new CombinationRules(rules.Item1, [.. rules.Item2.Select(l => new LevelRule(l.Item1, l.Item2))], [.. rules.Item3.Select(b => new BarredPair(b.Item1, b.Item2))]),
            [.. declared.Select(d => new UnitFacts(d.Item1, d.Item2, d.Item3, d.Item4, d.Item5))])
        {
            Register = new QualificationRegister(register.Item1, register.Item2, register.Item3, null, register.Item4, register.Item4 + 1, register.Item5, register.Item6, register.Item5, [.. register.Item7]),
            Prose = new QualificationProse([.. prose[0]], [.. prose[1]], [.. prose[2]], [.. prose[3]], [.. prose[4]], [.. prose[5]]),
            History = [.. history.Select(h => new VersionEntry(h.Item1, h.Item2, new LocatedText(h.Item3), h.Item4))],
        };

    [Fact]
    public void WriteReadWriteIsAFixpoint() =>
        Qualifications.Sample(q =>
        {
            var yaml = QualificationWriter.Write(q);
            var (read, diagnostics) = QualificationReader.Read(new SourceText("gen.yaml", yaml));
            Assert.True(diagnostics.IsEmpty, yaml + "\n" + string.Join("\n", diagnostics));
            Assert.Equal(yaml, QualificationWriter.Write(read!));
            Assert.Equal(q.Header.Title.Value, read!.Header.Title.Value);
            Assert.Equal(q.Header.Version, read.Header.Version);
            Assert.Equal(q.Register.Type, read.Register.Type);
            Assert.Equal(q.Register.OperationalEnd, read.Register.OperationalEnd);
            Assert.Equal(q.Prose.All.Select(p => p.Value), read.Prose.All.Select(p => p.Value));
            Assert.Equal(q.History.Select(h => (h.Version, h.Date, h.Change.Value, h.Section)), read.History.Select(h => (h.Version, h.Date, h.Change.Value, h.Section)));
            Assert.Equal(q.Groups.Select(g => (g.Title.Value, g.IsMandatory, g.MinCredits, string.Join(",", g.Units.Select(u => u.Ref)))), read.Groups.Select(g => (g.Title.Value, g.IsMandatory, g.MinCredits, string.Join(",", g.Units.Select(u => u.Ref)))));
            Assert.Equal(q.DeclaredUnits.Select(u => u.Title), read.DeclaredUnits.Select(u => u.Title));
        }, iter: 300);
}
