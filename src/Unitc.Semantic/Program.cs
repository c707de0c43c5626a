using Unitc.Semantic;

return SemanticCli.Run(args, Console.Out, Console.Error);
