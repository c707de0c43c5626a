using UnitCompiler.Semantic;

// dotnet run -c Release --project bench/UnitCompiler.Semantic [-- --half pool|test|both] [--verbose] [--shipped] [--cost] [--candidate NAME-PART] [--set FOLDER] [--minilm] [--explain TEXT] [--dump FILE] [--loao]
// Compares sentence-embedding models (MiniLM, ArcticXs), alone and combined with the lexical scores, one row per candidate; --shipped: the shipped settings alone.
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "UnitCompiler.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run inside the repository");
}

var half = Array.IndexOf(args, "--half") is var h and >= 0 ? args[h + 1] : "pool";
return SemanticBench.Run(root, half, args.Contains("--verbose"), Console.Out, args.Contains("--shipped"), Array.IndexOf(args, "--candidate") is var c and >= 0 ? args[c + 1] : null,
    Array.IndexOf(args, "--set") is var f and >= 0 ? args[f + 1] : "alignment", args.Contains("--cost"), args.Contains("--minilm"),
    Array.IndexOf(args, "--explain") is var e and >= 0 ? args[e + 1] : null, Array.IndexOf(args, "--dump") is var d and >= 0 ? args[d + 1] : null, args.Contains("--loao"));
