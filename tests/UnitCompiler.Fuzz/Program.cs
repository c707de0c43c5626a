using SharpFuzz;
using UnitCompiler.Fuzz;

// unitc-fuzz TARGET                  run under afl-fuzz (input on stdin, SharpFuzz's fork server)
// unitc-fuzz replay TARGET FILE...   run inputs directly, so a crash shows its stack trace
if (args is [var name] && FuzzTargets.Find(name) is { } target)
{
    // Out of process: an uncatchable failure (stack overflow) costs one run, not the whole session.
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        target(memory.ToArray());
    });
    return 0;
}

if (args is ["replay", var replayName, .. var files] && files.Length > 0 && FuzzTargets.Find(replayName) is { } replayTarget)
{
    foreach (var file in files)
    {
        Console.Error.WriteLine($"{replayName}: {file}");
        replayTarget(File.ReadAllBytes(file));
    }

    Console.Error.WriteLine($"{files.Length} input(s) ran without an exception");
    return 0;
}

Console.Error.WriteLine($"usage: UnitCompiler.Fuzz TARGET | replay TARGET FILE...   (targets: {string.Join(", ", FuzzTargets.Names)})");
return 2;
