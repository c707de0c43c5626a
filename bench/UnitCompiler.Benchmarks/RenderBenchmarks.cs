using BenchmarkDotNet.Attributes;
using UnitCompiler.Diagnostics;
using UnitCompiler.Import;
using UnitCompiler.Lint;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// In-process costs of each stage on the seed unit (JIT, after warm-up): what a long catalogue build
/// pays per unit once start-up is amortised. The process harness measures the binary users run.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private SourceText _export = null!;
    private SourceText _spec = null!;
    private Unit _unit = null!;
    private TemplateSet _templates = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _export = new SourceText("seed.txt", File.ReadAllText(Path.Combine(root, "seeds", "000_49d6381e8fb9538e.txt")));
        _spec = new SourceText("seed.yaml", File.ReadAllText(Path.Combine(root, "spec", "L-652-0848.yaml")));
        _unit = SpecReader.Read(_spec).Unit ?? throw new InvalidOperationException("the seed spec does not load");
        _templates = ProjectTemplates.Load(null, new DiagnosticBag());
    }

    [Benchmark]
    public object Import() => UnitImporter.Import(_export);

    [Benchmark]
    public object ReadSpec() => SpecReader.Read(_spec);

    [Benchmark]
    public object TemplateModelBuild() => TemplateModel.Build(_unit);

    [Benchmark]
    public object RenderSevenDocuments() => DocumentRenderer.Render(_unit, _templates, BuildOptions.DefaultFormats, new DiagnosticBag());

    [Benchmark]
    public object Lint() => Linter.Lint(_unit, LintConfig.Default, "seed.yaml");

    /// <summary>What each document's render pays before it runs: Scriban copies its built-in functions per context.</summary>
    [Benchmark]
    public object NewTemplateContext() => new Scriban.TemplateContext();

    [Benchmark]
    public object LoadTemplates() => ProjectTemplates.Load(null, new DiagnosticBag());

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UnitCompiler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
