using System.Globalization;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// The catalogue pair <c>unitc diff</c> is measured on: a generated catalogue as it was, and a copy in
/// which every (count / changed)-th unit had its first criterion reworded by a word and its credit
/// value raised, so the diff finds two material changes in each of <paramref name="changed"/> units.
/// </summary>
public static class DiffBench
{
    public static (string Old, string New) Prepare(SeedVocabulary vocabulary, string folder, int count, int changed, int seed)
    {
        var old = Path.Combine(folder, "old");
        var now = Path.Combine(folder, "new");
        var marker = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".generated-{count}-{changed}-seed{seed}"));
        if (File.Exists(marker))
        {
            return (old, now);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        CatalogueGenerator.Generate(vocabulary, old, count, seed);
        Directory.CreateDirectory(now);
        var step = Math.Max(1, count / changed);
        Parallel.For(0, count, i =>
        {
            var unit = CatalogueGenerator.Make(vocabulary, i, seed);
            if (i % step == 0 && i / step < changed)
            {
                unit = Edit(unit);
            }

            AtomicFile.WriteText(Path.Combine(now, unit.Header.FileStem + ".yaml"), SpecWriter.Write(unit));
        });
        File.WriteAllText(marker, "");
        return (old, now);
    }

    private static Unit Edit(Unit unit)
    {
        var first = unit.Outcomes[0];
        var criterion = first.Criteria[0];
        var reworded = criterion with { Text = new LocatedText(criterion.Text.Value.TrimEnd(':') + " promptly" + (criterion.Text.Value.EndsWith(':') ? ":" : "")) };
        return unit with
        {
            Header = unit.Header with { Credit = unit.Header.Credit + 1 },
            Outcomes = [first with { Criteria = [reworded, .. first.Criteria.Skip(1)] }, .. unit.Outcomes.Skip(1)],
        };
    }
}
