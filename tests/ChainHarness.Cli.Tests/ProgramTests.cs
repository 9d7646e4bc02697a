using System.Diagnostics;
using System.Text;
using ChainHarness.Cli.Tests.Packaging;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests;

/// <summary>
/// The process as a CI system or a service manager sees it: SIGTERM (a cancelled CI job, a stop)
/// is handled like Ctrl-C: a run stops, still writes its reports, and exits with 130.
/// </summary>
public sealed class ProgramTests
{
    [Test]
    [Platform(Exclude = "Win", Reason = "SIGTERM is a POSIX signal.")]
    public async Task Main_SigtermWhileARunWaits_ReportsWrittenAndExit130()
    {
        // Given a run as its own process, waiting on an LVBB that takes five minutes
        using var folder = TempFolder.Create();
        var dll = Path.Combine(AppContext.BaseDirectory, "chainharness.dll");
        var info = ToolProcess.Info(
            "dotnet", AppContext.BaseDirectory, dll, "run", "--steps", "1-3", "--report-dir", folder.Path,
            "--set", "ChainHarness:Profiles:local:Timing:LvbbProcessingDelay=00:05:00");
        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        var serving = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("wacht op", StringComparison.Ordinal) == true)
            {
                serving.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        try
        {
            await serving.Task.WaitAsync(TimeSpan.FromSeconds(60));

            // When it gets SIGTERM
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(deadline.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        // Then it stopped as after Ctrl-C: exit 130, and the report says which steps did not run
        Assert.That(process.ExitCode, Is.EqualTo(HarnessApp.ExitCancelled), output.ToString());
        var report = await File.ReadAllTextAsync(Path.Combine(folder.Path, "report.json"));
        using var json = System.Text.Json.JsonDocument.Parse(report);
        Assert.That(json.RootElement.GetProperty("cancelled").GetBoolean(), Is.True, report);
    }
}
