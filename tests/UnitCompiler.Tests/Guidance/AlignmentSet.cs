using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Project;

namespace UnitCompiler.Tests.Guidance;

/// <summary>
/// The labelled alignment set (TestFiles/alignment: units.tsv, labels.tsv) and its metrics. Shared
/// by the accuracy test and the bench's <c>alignment</c> command (linked into bench/), so both
/// count the same way.
/// </summary>
internal sealed class AlignmentSet
{
    private readonly List<(string Name, string Half, Unit Unit)> _units = [];
    private readonly List<(string Unit, string Section, int Index, string[] Expected)> _labels = [];

    /// <param name="folder">TestFiles/alignment.</param>
    /// <param name="seeds">The seeds folder, for units written <c>seeds:NAME</c>.</param>
    public static AlignmentSet Load(string folder, string seeds)
    {
        var set = new AlignmentSet();
        foreach (var row in File.ReadAllLines(Path.Combine(folder, "units.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            string Resolve(string p) => p.StartsWith("seeds:", StringComparison.Ordinal) ? Path.Combine(seeds, p[6..]) : Path.Combine(folder, p);
            var specPath = Resolve(row[3]);
            var unit = InputLoader.Load(specPath).Unit;
            var withGuidance = InputLoader.AddGuidance(unit ?? throw new InvalidDataException(specPath + " did not load"), Resolve(row[4]), new DiagnosticBag())
                ?? throw new InvalidDataException(row[4] + " did not load");
            set._units.Add((row[0], row[1], withGuidance));
        }

        foreach (var row in File.ReadAllLines(Path.Combine(folder, "labels.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            set._labels.Add((row[0], row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), row[3] == "general" ? [] : row[3].Split(',')));
        }

        return set;
    }

    /// <summary>
    /// The tuning pool: the tuning half of TestFiles/alignment (author A), the whole of
    /// TestFiles/alignment-heldout (author B), of TestFiles/alignment-heldout2 (author C, its units in
    /// half <c>heldout2</c>) and of TestFiles/alignment-heldout3 (author D, half <c>heldout3</c>), each
    /// measured once before it joined the pool, and since the fifth round also of
    /// TestFiles/alignment-heldout4 (author E, half <c>heldout4</c>) and alignment-heldout5 (author F,
    /// half <c>heldout5</c>), and since the sixth round of TestFiles/alignment-heldout6 (author G, half
    /// <c>heldout6</c>), with the test half alongside for its one measurement per finished candidate.
    /// Half <c>pool</c> is the seven together.
    /// </summary>
    /// <param name="testFiles">tests/UnitCompiler.Tests/TestFiles.</param>
    /// <param name="seeds">The seeds folder.</param>
    public static AlignmentSet LoadPool(string testFiles, string seeds)
    {
        var set = Load(Path.Combine(testFiles, "alignment"), seeds);
        var other = Load(Path.Combine(testFiles, "alignment-heldout"), seeds);
        set._units.AddRange(other._units);
        set._labels.AddRange(other._labels);
        var third = Load(Path.Combine(testFiles, "alignment-heldout2"), seeds);
        set._units.AddRange(third._units.Select(u => u with { Half = "heldout2" }));
        set._labels.AddRange(third._labels);
        var fourth = Load(Path.Combine(testFiles, "alignment-heldout3"), seeds);
        set._units.AddRange(fourth._units.Select(u => u with { Half = "heldout3" }));
        set._labels.AddRange(fourth._labels);
        foreach (var (folder, half) in new[] { ("alignment-heldout4", "heldout4"), ("alignment-heldout5", "heldout5"), ("alignment-heldout6", "heldout6") })
        {
            var more = Load(Path.Combine(testFiles, folder), seeds);
            set._units.AddRange(more._units.Select(u => u with { Half = half }));
            set._labels.AddRange(more._labels);
        }

        return set;
    }

    public IEnumerable<(string Name, string Half, Unit Unit)> Units => _units;

    public int Count(string half) => _labels.Count(l => InHalf(HalfOf(l.Unit), half));

    /// <summary>The pool's authors' parts, A to G, each its own half: what leave-one-author-out holds out in turn.</summary>
    public static IReadOnlyList<string> Authors { get; } = ["tuning", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"];

    /// <summary>Whether a unit of <paramref name="unitHalf"/> is measured in <paramref name="half"/> (<c>pool</c>: the seven authors' parts; <c>pool-X</c>: the pool without author part X).</summary>
    public static bool InHalf(string unitHalf, string half) =>
        unitHalf == half
        || (half == "pool" && Authors.Contains(unitHalf))
        || (half.StartsWith("pool-", StringComparison.Ordinal) && Authors.Contains(unitHalf) && unitHalf != half[5..]);

    /// <summary>
    /// A copy with every synopsis section's items in a random order (labels follow their items): what
    /// a document-order prior must survive, a synopsis not written in the unit's order.
    /// </summary>
    public AlignmentSet Shuffled(int seed)
    {
        var random = new Random(seed);
        var copy = new AlignmentSet();
        var moved = new Dictionary<(string Unit, string Section), int[]>();
        foreach (var (name, half, unit) in _units)
        {
            var g = unit.Guidance!;
            ImmutableArray<GuidanceItem> Shuffle(string section, ImmutableArray<GuidanceItem> items)
            {
                var order = Enumerable.Range(0, items.Length).ToArray();
                random.Shuffle(order);
                var whereNow = new int[items.Length];
                for (var i = 0; i < order.Length; i++)
                {
                    whereNow[order[i]] = i;
                }

                moved[(name, section)] = whereNow;
                return [.. order.Select(i => items[i])];
            }

            copy._units.Add((name, half, unit with
            {
                Guidance = g with
                {
                    KeyConcepts = Shuffle("key_concepts", g.KeyConcepts),
                    ExamTips = Shuffle("exam_tips", g.ExamTips),
                    Misconceptions = Shuffle("misconceptions", g.Misconceptions),
                    MarkingPoints = Shuffle("marking_points", g.MarkingPoints),
                },
            }));
        }

        copy._labels.AddRange(_labels.Select(l => l with { Index = moved[(l.Unit, l.Section)][l.Index] }));
        return copy;
    }

    /// <summary>
    /// How often, within a synopsis section, an item's first labelled criterion comes at or after the
    /// previous labelled item's in the unit's criterion order: whether authors write in unit order.
    /// </summary>
    public IEnumerable<(string Unit, string Section, int InOrder, int Pairs)> DocumentOrder(string half)
    {
        foreach (var (name, _, unit) in _units.Where(u => InHalf(u.Half, half)))
        {
            var position = unit.Outcomes.SelectMany(o => o.Criteria).Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            foreach (var section in _labels.Where(l => l.Unit == name).GroupBy(l => l.Section))
            {
                var firsts = section.OrderBy(l => l.Index).Where(l => l.Expected.Length > 0).Select(l => position[l.Expected[0]]).ToList();
                var pairs = firsts.Zip(firsts.Skip(1)).ToList();
                yield return (name, section.Key, pairs.Count(p => p.Second >= p.First), pairs.Count);
            }
        }
    }

    /// <summary>The half's labelled items with their unit (what the bench fits the learned ranker on); general items have no expected criterion.</summary>
    public IEnumerable<(string UnitName, Unit Unit, GuidanceItem Item, string[] Expected)> Labelled(string half) =>
        from l in _labels
        let u = _units.First(u => u.Name == l.Unit)
        where InHalf(u.Half, half)
        select (u.Name, u.Unit, Section(u.Unit.Guidance!, l.Section)[l.Index], l.Expected);

    /// <summary>Aligns the half's units with the settings and counts against the labels; <paramref name="log"/> gets one line per item.</summary>
    public AlignmentMetrics Evaluate(AlignerSettings settings, string half, double printConfidence, Action<string>? log = null) =>
        Evaluate(u => GuidanceAligner.Align(u, settings), half, printConfidence, log);

    /// <summary>The same for any aligner (the semantic comparison in bench/UnitCompiler.Semantic).</summary>
    public AlignmentMetrics Evaluate(Func<Unit, Unit> align, string half, double printConfidence, Action<string>? log = null)
    {
        var aligned = _units.Where(u => InHalf(u.Half, half)).ToDictionary(u => u.Name, u => align(u.Unit));
        var m = new AlignmentMetrics();
        foreach (var (unit, section, index, expected) in _labels.Where(l => aligned.ContainsKey(l.Unit)))
        {
            var item = Section(aligned[unit].Guidance!, section)[index];
            var got = item.Criteria.Select(c => c.CriterionId).ToList();
            if (expected.Length == 0)
            {
                m.GeneralItems++;
                m.General += got.Count == 0 ? 1 : 0;
                m.GeneralUnprinted += item.Criteria.Any(c => c.Score >= printConfidence) ? 0 : 1;
            }
            else
            {
                m.CriterionItems++;
                m.Top1 += got.Count > 0 && expected.Contains(got[0]) ? 1 : 0;
                m.Top3 += got.Take(3).Any(expected.Contains) ? 1 : 0;
            }

            m.ItemsPrinted += item.Criteria.Any(c => c.Score >= printConfidence) ? 1 : 0;
            foreach (var c in item.Criteria.Where(c => c.Score >= printConfidence))
            {
                m.Printed++;
                m.PrintedRight += expected.Contains(c.CriterionId) ? 1 : 0;
            }

            var mark = expected.Length == 0 ? (got.Count == 0 ? "ok  " : "MISS") : (got.Count > 0 && expected.Contains(got[0]) ? "ok  " : "MISS");
            log?.Invoke($"{mark} {unit} {section}[{index}] expected {(expected.Length == 0 ? "general" : string.Join(",", expected))}, got {string.Join(",", item.Criteria.Select(c => $"{c.CriterionId}:{c.Score:0.00}"))}: {item.Text.Value[..Math.Min(90, item.Text.Value.Length)]}");
        }

        return m;
    }

    private string HalfOf(string unit) => _units.First(u => u.Name == unit).Half;

    private static IReadOnlyList<GuidanceItem> Section(StudyGuidance g, string name) => name switch
    {
        "key_concepts" => g.KeyConcepts,
        "exam_tips" => g.ExamTips,
        "misconceptions" => g.Misconceptions,
        _ => g.MarkingPoints,
    };
}

/// <summary>Counts over one half of the set: top-1 and top-3 over items labelled with criteria, general over items labelled general.</summary>
internal sealed class AlignmentMetrics
{
    public int CriterionItems { get; set; }

    public int Top1 { get; set; }

    public int Top3 { get; set; }

    public int GeneralItems { get; set; }

    public int General { get; set; }

    /// <summary>General items the documents print with the general guidance: no criterion, or none at the print confidence.</summary>
    public int GeneralUnprinted { get; set; }

    public int Printed { get; set; }

    public int PrintedRight { get; set; }

    /// <summary>Items printed under at least one criterion.</summary>
    public int ItemsPrinted { get; set; }

    public double Top1Rate => Rate(Top1, CriterionItems);

    public double Top3Rate => Rate(Top3, CriterionItems);

    public double GeneralRate => Rate(General, GeneralItems);

    public double GeneralUnprintedRate => Rate(GeneralUnprinted, GeneralItems);

    public double PrintedPrecision => Rate(PrintedRight, Printed);

    private static double Rate(int n, int d) => d == 0 ? 0 : (double)n / d;
}
