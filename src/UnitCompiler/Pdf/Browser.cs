namespace UnitCompiler.Pdf;

/// <summary>
/// Finds a Chromium-based browser to print with: <c>UNITC_CHROMIUM</c> if set, else the usual
/// command names on PATH, else the places the installers put Chrome, Chromium and Edge on macOS
/// and Windows. Edge is Chromium underneath and prints the same way.
/// </summary>
public static class Browser
{
    public const string Variable = "UNITC_CHROMIUM";

    private static readonly string[] CommandNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge", "microsoft-edge"];

    private static readonly string[] InstalledPaths =
    [
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        @"%ProgramFiles%\Google\Chrome\Application\chrome.exe",
        @"%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe",
        @"%LocalAppData%\Google\Chrome\Application\chrome.exe",
        @"%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe",
        @"%ProgramFiles%\Microsoft\Edge\Application\msedge.exe",
    ];

    /// <summary>What to tell a user who has none, naming the install for each system.</summary>
    public const string InstallHint = "install Chromium or Google Chrome (Debian/Ubuntu: 'sudo apt-get install chromium'; macOS: 'brew install --cask chromium' or Google Chrome; Windows: Google Chrome or Microsoft Edge), or set " + Variable + " to the browser's path";

    /// <summary>The browser's path (as configured, so the caller can say when it does not exist), or null when none was found.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", string.Empty } : [string.Empty];
        foreach (var name in CommandNames)
        {
            foreach (var folder in folders)
            {
                foreach (var extension in extensions)
                {
                    var candidate = Path.Combine(folder, name + extension);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return InstalledPaths.Select(Environment.ExpandEnvironmentVariables).FirstOrDefault(p => !p.Contains('%') && File.Exists(p));
    }
}
