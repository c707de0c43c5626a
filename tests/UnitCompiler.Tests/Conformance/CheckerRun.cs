using System.Diagnostics;

namespace UnitCompiler.Tests.Conformance;

/// <summary>Runs one of the checkers in tools/checkers and captures what it printed.</summary>
internal static class CheckerRun
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
    }

    public static Result Start(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.RepositoryRoot };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish in {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// Text with every run of white space as one space, since converters break lines where the page
    /// wraps; a line that wraps after a compound's hyphen ("person-" / "centred") is rejoined.
    /// </summary>
    public static string Flatten(string text)
    {
        var joined = System.Text.RegularExpressions.Regex.Replace(text, @"(\p{L})-[ \t]*\r?\n\s*(\p{L})", "$1-$2", System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        return string.Join(' ', joined.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }
}
