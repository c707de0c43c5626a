using System.Globalization;

namespace UnitCompiler.Benchmarks;

/// <summary>What the harness measures, and with what. Defaults suit a clone where the AOT binary was published.</summary>
public sealed record HarnessOptions(string Binary, string Pandoc, string SeedSpec, string WorkFolder, int Runs, int Seed, IReadOnlyList<int> Sizes, IReadOnlySet<string> Sections)
{
    public static IReadOnlySet<string> AllSections { get; } = new HashSet<string> { "cold", "catalogue", "size", "route", "diff", "export" };

    public static HarnessOptions Parse(string[] args, string repositoryRoot)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var sections = args.Length > 0 && args[0] != "all" && AllSections.Contains(args[0]) ? new HashSet<string> { args[0] } : AllSections;
        return new HarnessOptions(
            Path.GetFullPath(Value("--binary", Path.Combine(repositoryRoot, "src", "Unitc", "bin", "Release", "net10.0", "linux-x64", "publish", "unitc"))),
            Value("--pandoc", "pandoc"),
            Path.GetFullPath(Value("--seed-spec", Path.Combine(repositoryRoot, "spec", "L-652-0848.yaml"))),
            Path.GetFullPath(Value("--work", Path.Combine(Path.GetTempPath(), "unitc-bench"))),
            int.Parse(Value("--runs", "5"), CultureInfo.InvariantCulture),
            int.Parse(Value("--seed", "1"), CultureInfo.InvariantCulture),
            [.. Value("--sizes", "100,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            sections);
    }
}
