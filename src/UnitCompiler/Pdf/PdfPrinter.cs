using System.Diagnostics;
using System.Text;
using UnitCompiler.Diagnostics;
using UnitCompiler.Render;

namespace UnitCompiler.Pdf;

/// <summary>
/// Prints HTML documents to PDF with headless Chromium: A4, the page numbers the stylesheet's
/// <c>@page</c> rules put in the margin, no browser header or footer. Each run uses its own
/// temporary profile and input folder, removed afterwards, so it neither reads nor disturbs the
/// user's browser. The HTML is unitc's own (no scripts, no raw HTML from specs), and the browser
/// has no network to reach.
/// </summary>
public sealed class PdfPrinter(string browser, TimeSpan timeout)
{
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(120);

    /// <summary>The PDF of <paramref name="html"/>, beside it with a .pdf name; null, with a diagnostic, when printing failed.</summary>
    public RenderedDocument? Print(RenderedDocument html, DiagnosticBag diagnostics)
    {
        var work = Path.Combine(Path.GetTempPath(), "unitc-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "document.html");
            var output = Path.Combine(work, "document.pdf");
            File.WriteAllBytes(input, html.Content);
            var (exitCode, log, finished) = Run(Arguments(work, input, output));
            var pdfPath = Path.ChangeExtension(html.RelativePath, ".pdf");
            if (!finished)
            {
                diagnostics.Add(DiagnosticCatalog.PrintFailed, SourceLocation.File(pdfPath), browser, $"it did not finish in {timeout.TotalSeconds:0} s");
                return null;
            }

            // Chromium can exit 0 without printing (a page it could not load), so the file decides.
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                diagnostics.Add(DiagnosticCatalog.PrintFailed, SourceLocation.File(pdfPath), browser, $"exit code {exitCode}, no PDF written{LastLine(log)}");
                return null;
            }

            return new RenderedDocument(pdfPath.Replace('\\', '/'), "pdf", PdfTimestamps.Fix(File.ReadAllBytes(output)), string.Empty);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private List<string> Arguments(string work, string input, string output)
    {
        List<string> args =
        [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--user-data-dir=" + Path.Combine(work, "profile"),
            "--no-pdf-header-footer",
            // Where the browser has the en-GB locale, anything locale-dependent prints British.
            "--lang=en-GB",
            "--print-to-pdf=" + output,
        ];

        // Chromium refuses to start as root with its sandbox on (containers, CI images).
        if (!OperatingSystem.IsWindows() && Environment.UserName == "root")
        {
            args.Add("--no-sandbox");
        }

        args.Add(new Uri(input).AbsoluteUri);
        return args;
    }

    private (int ExitCode, string Log, bool Finished) Run(List<string> arguments)
    {
        var info = new ProcessStartInfo(browser) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        arguments.ForEach(info.ArgumentList.Add);
        using var process = Process.Start(info)!;
        var log = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, log.ToString(), false);
        }

        process.WaitForExit(); // drains the redirected streams
        lock (log)
        {
            return (process.ExitCode, log.ToString(), true);
        }
    }

    private static string LastLine(string log)
    {
        var line = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => !l.Contains("dbus", StringComparison.OrdinalIgnoreCase));
        return line is null ? string.Empty : ": " + line;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A browser still closing can hold its profile a moment; the temp folder is the OS's to clear.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
