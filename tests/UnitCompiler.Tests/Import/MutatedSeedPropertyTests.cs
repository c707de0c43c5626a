using System.Text;
using CsCheck;
using UnitCompiler.Import;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Import;

/// <summary>
/// Whatever an export has been through (deleted or duplicated lines, swapped rows, tag soup, broken
/// entities, damaged bytes), import ends in a spec or in diagnostics, never an exception, and what it
/// writes loads back.
/// </summary>
public class MutatedSeedPropertyTests
{
    private static readonly string[] Lines = ImportHelpers.SeedText.Split('\n');

    private static readonly string[] Soup = ["<p>", "</p>", "<b>", "</b>", "<ul>", "<li>", "</li>", "<hr/>", "&amp", "&#", "&#xZZ;", "&nbsp", "<", ">", "\t", "**", "### ", "- ", "1.1 ", "<b>AC9.9</b>", "<b>LO</b>", "\u00A0", "\u2011", "\r", "\uFEFF", "'", "\""];

    private static readonly Gen<string> Mutated =
        from edits in Gen.Int[1, 12]
        from ops in Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1_000_000], Gen.Int[0, Soup.Length - 1]).Array[edits]
        select Apply(ops);

    private static string Apply((int Op, int At, int Soup)[] ops)
    {
        var lines = Lines.ToList();
        foreach (var (op, at, soup) in ops)
        {
            if (lines.Count == 0)
            {
                break;
            }

            var i = at % lines.Count;
            switch (op)
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[i]); break;
                case 2: (lines[i], lines[(i + 7) % lines.Count]) = (lines[(i + 7) % lines.Count], lines[i]); break;
                case 3: lines[i] = lines[i].Insert(at % (lines[i].Length + 1), Soup[soup]); break;
                case 4: lines[i] = lines[i][..(at % (lines[i].Length + 1))]; break;
                default: lines[i] = string.Concat(Enumerable.Repeat(Soup[soup], at % 50)) + lines[i]; break;
            }
        }

        return string.Join('\n', lines);
    }

    [Fact]
    public void ImportNeverThrowsAndWhatItWritesLoadsBack() =>
        Mutated.Sample(text =>
        {
            var result = UnitImporter.Import("mutated.txt", Encoding.UTF8.GetBytes(text));
            Assert.True(result.Unit is not null || result.Diagnostics.Any(d => d.IsError));
            if (result.Unit is not null && !result.HasErrors)
            {
                var yaml = SpecWriter.Write(result.Unit);
                var loaded = SpecReader.Read(new SourceText("m.yaml", yaml));
                Assert.False(loaded.Diagnostics.Any(d => d.IsError), string.Join("\n", loaded.Diagnostics));
                Assert.Equal(yaml, SpecWriter.Write(loaded.Unit!));
            }
        }, iter: 400);

    [Fact]
    public void DamagedBytesNeverThrow() =>
        Gen.Select(Gen.Int[0, 20_000], Gen.Byte.Array[1, 8]).Sample((at, junk) =>
        {
            var bytes = Encoding.UTF8.GetBytes(ImportHelpers.SeedText).ToList();
            bytes.InsertRange(at % bytes.Count, junk);
            var result = UnitImporter.Import("damaged.txt", bytes.ToArray());
            Assert.DoesNotContain('\uFFFD', result.Unit is null ? string.Empty : SpecWriter.Write(result.Unit));
        }, iter: 200);

    [Fact]
    public void SpecReaderNeverThrowsOnDamagedYaml()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"));
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 40], Gen.Int[0, Soup.Length - 1]).Sample((at, cut, soup) =>
        {
            var i = at % yaml.Length;
            var damaged = yaml[..i] + Soup[soup] + "[{:&*!|>%@`" [cut % 11] + yaml[Math.Min(yaml.Length, i + cut)..];
            var result = SpecReader.Read(new SourceText("d.yaml", damaged));
            Assert.True(result.Unit is not null || result.Diagnostics.Any(d => d.IsError));
        }, iter: 400);
    }
}
