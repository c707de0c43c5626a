using UnitCompiler.Semantic;

// dotnet run -c Release --project bench/UnitCompiler.Semantic [-- --half test|tuning|both] [--verbose]
// Compares a sentence-embedding model (MiniLM), alone and fused with BM25, against the shipped aligner.
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "UnitCompiler.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run inside the repository");
}

var half = Array.IndexOf(args, "--half") is var h and >= 0 ? args[h + 1] : "test";
return SemanticBench.Run(root, half, args.Contains("--verbose"), Console.Out);
