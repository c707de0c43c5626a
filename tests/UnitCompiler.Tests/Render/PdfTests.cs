using System.Diagnostics;
using System.Text;
using UnitCompiler.Pdf;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Tests.Conformance;

namespace UnitCompiler.Tests.Render;

public class PdfTests
{
    private static string SpecFolder() => SeedUnit.SpecFolder("pdf");

    private static BuildOptions Options(string dir, string? browser) =>
        new BuildOptions([Path.Combine(dir, "spec")], Path.Combine(dir, "out"), null, ["html", "pdf"], false, 2) { Browser = browser };

    [Fact]
    public void MissingBrowserIsNamedWithWhatToInstall()
    {
        var dir = SpecFolder();
        var result = BuildRunner.Run(Options(dir, Path.Combine(dir, "no-such-browser")));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("UNITC0307", d.Id);
        Assert.Contains("no-such-browser' does not exist", d.Message);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
        Assert.Contains("apt-get install chromium", Browser.InstallHint);
    }

    [SkippableFact]
    public void BrowserThatWritesNoPdfIsReported()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("the stand-in browser is a shell script");
        }

        var dir = SpecFolder();
        var fake = Path.Combine(dir, "fake-chromium");
        File.WriteAllText(fake, "#!/bin/sh\necho 'cannot open display' >&2\nexit 0\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var result = BuildRunner.Run(Options(dir, fake));
        var failures = result.Diagnostics.Where(d => d.Id == "UNITC0308").ToList();
        Assert.Equal(3, failures.Count);
        Assert.All(failures, d => Assert.EndsWith("no PDF written: cannot open display", d.Message));
        Assert.Equal(0, result.Written); // the unit's HTML is not written without its PDFs
    }

    [Fact]
    public void PrintTimestampsAreReplacedByOneFixedDateOfTheSameLength()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n<</CreationDate (D:20261123085056+00'00')\n/ModDate (D:20261123085057+00'00')>>\n/Other (D:2026)\n");
        var fixedPdf = Encoding.ASCII.GetString(PdfTimestamps.Fix((byte[])pdf.Clone()));
        Assert.Equal("%PDF-1.4\n<</CreationDate (D:20000101000000+00'00')\n/ModDate (D:20000101000000+00'00')>>\n/Other (D:2026)\n", fixedPdf);
        Assert.Equal(pdf.Length, fixedPdf.Length);

        var odd = Encoding.ASCII.GetBytes("<</CreationDate (D:2026Z)>>");
        Assert.Equal(odd, PdfTimestamps.Fix((byte[])odd.Clone()));
    }

    [SkippableFact]
    public void ChromiumPrintsA4PagesWithPageNumbersAndTheSameBytesTwice()
    {
        var browser = ExternalTools.RequireChromium();
        ExternalTools.Require("pdftotext (poppler-utils)", ExternalTools.OnPath("pdftotext") is not null);
        var dir = SpecFolder();
        var first = BuildRunner.Run(Options(dir, browser));
        Assert.Empty(first.Diagnostics);
        Assert.Equal(6, first.Written);

        var pdf = Path.Combine(dir, "out", "L-652-0848", "assessor-checklist.pdf");
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 8));
        var info = Run("pdfinfo", pdf);
        Assert.Contains("594.96 x 841.92 pts (A4)", info);
        var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim());
        var text = Run("pdftotext", "-layout", pdf, "-");
        Assert.Contains("Page 1 of " + pages, text);
        Assert.Contains($"Page {pages} of {pages}", text);

        var second = BuildRunner.Run(Options(dir, browser));
        Assert.Equal((0, 6), (second.Written, second.Unchanged));
    }

    [SkippableFact]
    public void TheQualificationSpecificationPrintsWithEveryUnitOnItsOwnPages()
    {
        var browser = ExternalTools.RequireChromium();
        ExternalTools.Require("pdftotext (poppler-utils)", ExternalTools.OnPath("pdftotext") is not null);
        var dir = TestFolders.Create("pdf-qualification");
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        foreach (var file in Directory.GetFiles(Qualifications.QualificationExample.SpecFolder, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir, "spec", Path.GetFileName(file)));
        }

        var result = BuildRunner.Run(Options(dir, browser) with { Formats = ["pdf"] });
        Assert.Empty(result.Diagnostics);
        var pdf = Path.Combine(dir, "out", "610-4213-7", "specification.pdf");
        var text = Run("pdftotext", "-layout", pdf, "-");
        Assert.Contains("Learners must achieve a minimum of 37 credits", CheckerRun.Flatten(text));
        var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        foreach (var unit in new[] { "L/652/0848 Leading Person-centred Practice", "F/651/0472 Developing Inclusive", "D/650/2291 Infection Prevention" })
        {
            Assert.Single(pages, p => p.TrimStart().StartsWith(unit, StringComparison.Ordinal)); // a unit's heading opens its page
        }
    }

    private static string Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
