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

    public IEnumerable<(string Name, string Half, Unit Unit)> Units => _units;

    public int Count(string half) => _labels.Count(l => HalfOf(l.Unit) == half);

    /// <summary>Aligns the half's units with the settings and counts against the labels; <paramref name="log"/> gets one line per item.</summary>
    public AlignmentMetrics Evaluate(AlignerSettings settings, string half, double printConfidence, Action<string>? log = null) =>
        Evaluate(u => GuidanceAligner.Align(u, settings), half, printConfidence, log);

    /// <summary>The same for any aligner (the semantic comparison in bench/UnitCompiler.Semantic).</summary>
    public AlignmentMetrics Evaluate(Func<Unit, Unit> align, string half, double printConfidence, Action<string>? log = null)
    {
        var aligned = _units.Where(u => u.Half == half).ToDictionary(u => u.Name, u => align(u.Unit));
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
