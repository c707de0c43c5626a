using System.Diagnostics;

namespace UnitCompiler.Tests.Cli;

/// <summary>Runs the real unitc (the built unitc.dll, through the dotnet host) and captures what a user sees.</summary>
internal static class UnitcProcess
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static Run Start(string workingDirectory, params string[] args) => StartVia([], workingDirectory, args);

    /// <summary>Runs unitc under <paramref name="launcher"/> (a program and its arguments, such as a shell that sets limits first), or directly when it is empty.</summary>
    public static Run StartVia(string[] launcher, string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "unitc.dll");
        var info = new ProcessStartInfo(launcher.Length > 0 ? launcher[0] : "dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in launcher.Skip(1).Concat(launcher.Length > 0 ? ["dotnet"] : []))
        {
            info.ArgumentList.Add(a);
        }

        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "unitc did not finish in 60 s");
        return new Run(process.ExitCode, output.Result, error.Result);
    }

    public static string TempFolder()
    {
        return TestFolders.Create("cli");
    }
}
