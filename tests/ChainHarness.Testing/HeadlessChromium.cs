using System.Diagnostics;
using NUnit.Framework;

namespace ChainHarness.Testing;

/// <summary>
/// Debian's chromium, headless, for tests that check what a report looks like in a real browser.
/// <see cref="Require"/> skips the test with a clear reason when chromium is not installed
/// (<c>.ci/run</c> installs it). Each call uses a fresh profile folder and no network services.
/// </summary>
public static class HeadlessChromium
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome"];
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    /// <summary>The browser's path; the test is ignored when none is installed.</summary>
    public static string Require()
    {
        var found = Candidates
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            Assert.Ignore("chromium is not installed (apt-get install -y chromium; .ci/run does this): this test renders the HTML report in a real browser.");
        }

        return found!;
    }

    /// <summary>The DOM after the page loaded (scripts included).</summary>
    public static Task<string> DumpDomAsync(string browser, string htmlFile, string size = "1280,900") =>
        RunAsync(browser, htmlFile, $"--window-size={size}", "--dump-dom");

    /// <summary>A PNG of the page at the given window size.</summary>
    public static async Task ScreenshotAsync(string browser, string htmlFile, string pngFile, string size = "1280,1800")
    {
        await RunAsync(browser, htmlFile, $"--window-size={size}", "--hide-scrollbars", $"--screenshot={pngFile}");
    }

    /// <summary>Headless, sandbox off (containers), no GPU, nothing fetched in the background, a profile folder of its own.</summary>
    internal static string[] Arguments(string profileFolder) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--mute-audio", $"--user-data-dir={profileFolder}",
    ];

    private static async Task<string> RunAsync(string browser, string htmlFile, params string[] extra)
    {
        var profile = Directory.CreateTempSubdirectory("chainharness-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in (string[])[.. Arguments(profile.FullName), .. extra, new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            using var cts = new CancellationTokenSource(Deadline);
            var output = process.StandardOutput.ReadToEndAsync(cts.Token);
            var errors = process.StandardError.ReadToEndAsync(cts.Token);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Deadline.TotalSeconds} s.");
            }

            var dom = await output;
            Assert.That(process.ExitCode, Is.Zero, "chromium failed: " + await errors);
            return dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
