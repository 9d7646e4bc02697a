using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>Runs a part of the chain with one endpoint replaced by a stand-in, on short timing, and checks what a tester sees.</summary>
internal static class RobustChain
{
    /// <summary>The step deadline of these runs: short, yet long enough for steps 5–7 on a busy two-core machine.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(8);

    /// <summary>The rules sub-chain from the existing bruidsschat activity, with deadlines short enough for tests.</summary>
    public static ProfileOptions Profile(int retries = 0) => new()
    {
        FromActivity = RulesChain.Bruidsschat,
        Timing = new TimingOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            StepDeadline = Deadline,
            AttemptTimeout = TimeSpan.FromMilliseconds(700),
            Retries = retries,
            MaxResponseBytes = 1024 * 1024,
        },
    };

    public static async Task<ChainResult> RunWithStandInAsync(ProfileOptions profile, string endpoint, string url, string steps)
    {
        profile.Endpoints[endpoint] = new EndpointOptions { Mode = EndpointMode.Live, BaseUrl = url };
        StepSelection.TryParse(steps, out var selection, out _);
        return await LocalChain.RunAsync(profile, selection);
    }

    /// <summary>The step failed with a cause in words (naming <paramref name="system"/>), no stack trace or machine path, and the reports still get written.</summary>
    public static void AssertFailedClearly(ChainResult result, ProfileOptions profile, StepId step, string system)
    {
        var outcome = result[step].Outcome;
        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed), $"step {step}: {outcome.Status}: {outcome.Cause}");
        Assert.That(outcome.Cause, Does.Contain(system).IgnoreCase);
        Assert.That(outcome.Cause, Does.Not.Contain("   at ").And.Not.Contain("Exception:").And.Not.Contain(Path.GetTempPath()));
        using var folder = TempFolder.Create();
        var files = ReportSet.WriteAll(RunReport.From(result), folder.Path, ReportLanguage.English, LocalChain.Secrets(profile));
        Assert.That(files.All.All(File.Exists), Is.True, "every report is written");
    }
}
