using System.Globalization;
using BenchmarkDotNet.Running;
using UnitCompiler.Benchmarks;

// dotnet run -c Release --project bench/UnitCompiler.Benchmarks -- all | cold | catalogue | size | diff [options]
// dotnet run -c Release --project bench/UnitCompiler.Benchmarks -- generate COUNT FOLDER [--seed S] [--scale F]
// dotnet run -c Release --project bench/UnitCompiler.Benchmarks -- micro [BenchmarkDotNet options]
// dotnet run -c Release --project bench/UnitCompiler.Benchmarks -- render-split SPEC_FOLDER [--runs N]
// dotnet run -c Release --project bench/UnitCompiler.Benchmarks -- import-scaling [--runs N]
// dotnet run -c Release --project bench/UnitCompiler.Benchmarks -- alignment [--half pool|test] [--order] [--fields] [--shipped] [--verbose] [--set FOLDER --half H] [--loao] [--dump FILE]
// dotnet run -c Release --project bench/UnitCompiler.Benchmarks -- route [--runs N]
var root = RepositoryRoot();
switch (args.FirstOrDefault())
{
    case "generate" when args.Length >= 3:
        var options = HarnessOptions.Parse(args, root);
        var scale = double.Parse(Array.IndexOf(args, "--scale") is var i and >= 0 ? args[i + 1] : "1", CultureInfo.InvariantCulture);
        var files = CatalogueGenerator.Generate(SeedVocabulary.Load(options.SeedSpec), args[2], int.Parse(args[1], CultureInfo.InvariantCulture), options.Seed, scale);
        Console.WriteLine($"wrote {files.Count} specs to {args[2]}");
        return 0;
    case "import-scaling":
        return ImportScaling.Run(root, Console.Out, Array.IndexOf(args, "--runs") is var r and >= 0 ? int.Parse(args[r + 1], CultureInfo.InvariantCulture) : 5);
    case "alignment":
        return AlignmentBench.Run(root, Console.Out, args[1..]);
    case "route":
        return RouteBench.Run(Console.Out, Array.IndexOf(args, "--runs") is var rr and >= 0 ? int.Parse(args[rr + 1], CultureInfo.InvariantCulture) : 5);
    case "render-split" when args.Length >= 2:
        return RenderSplit.Run(args[1], Array.IndexOf(args, "--runs") is var rs and >= 0 ? int.Parse(args[rs + 1], CultureInfo.InvariantCulture) : 5, Console.Out);
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(args[1..]);
        return 0;
    case "all" or "cold" or "catalogue" or "size" or "route" or "diff" or "export":
        return new Harness(HarnessOptions.Parse(args, root), Console.Out).Run();
    default:
        Console.Error.WriteLine("usage: all | cold | catalogue | size | route | diff | export [--binary PATH] [--runs N] [--sizes 100,1000,10000] [--work DIR] [--seed S] [--pandoc PATH]");
        Console.Error.WriteLine("       generate COUNT FOLDER [--seed S] [--scale F]");
        Console.Error.WriteLine("       micro [BenchmarkDotNet options, e.g. --filter *]");
        Console.Error.WriteLine("       render-split SPEC_FOLDER [--runs N]");
        Console.Error.WriteLine("       import-scaling [--runs N]");
        Console.Error.WriteLine("       alignment [--half pool|test] [--order] [--fields] [--shipped] [--verbose] [--set FOLDER --half H] [--loao] [--dump FILE]");
        Console.Error.WriteLine("       route [--runs N]");
        return 2;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "UnitCompiler.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
