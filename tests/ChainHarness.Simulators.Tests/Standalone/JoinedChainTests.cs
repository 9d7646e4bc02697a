using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Standalone;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Standalone;

/// <summary>
/// A step's verdict does not depend on which process simulates the national side: the same scenario
/// run in-process and run joined to a running world (every simulated port driven over the standard
/// port contract) gives the same step outcomes and findings.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class JoinedChainTests
{
    private static readonly SimulateOptions FreePorts = new() { BasePort = 0 };

    [TestCase(false)]
    [TestCase(false, "F7")]
    [TestCase(false, "F4")]
    [TestCase(false, "F16")]
    [TestCase(false, "F13")]
    [TestCase(true)]
    [TestCase(true, "F20")]
    public async Task RunAsync_SameScenarioInProcessAndJoined_SameStepOutcomes(bool partners, params string[] faults)
    {
        var inProcess = await LocalChain.RunAsync(Profile(partners, faults));

        using var world = StandaloneSimulation.Start(Profile(partners, faults), FreePorts, stubsFolder: null);
        var joined = await JoinedChain.RunAsync(world.ControlUrl, Profile(partners));

        Assert.That(Outcomes(joined), Is.EqualTo(Outcomes(inProcess)), $"in-process:\n{ResultText.Describe(inProcess)}\njoined:\n{ResultText.Describe(joined)}");
        Assert.That(joined.ExitCode, Is.EqualTo(faults.Length == 0 ? 0 : 1));
    }

    [Test]
    public async Task RunAsync_FaultSwitchedOnTheRunningWorld_AppliesToTheJoinedRun()
    {
        using var world = StandaloneSimulation.Start(FastProfiles.Local(), FreePorts, stubsFolder: null);
        using (var response = await ChainHarness.Simulators.Hosting.SimulatorHttp.Client.PostAsync(new Uri(world.FaultsUrl + "/F7"), null))
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
        }

        var joined = await JoinedChain.RunAsync(world.ControlUrl, FastProfiles.Local(), Selection("1-3"));

        Assert.That(joined["2"].Outcome.Finding, Is.EqualTo("F7"), ResultText.Describe(joined));
    }

    [Test]
    public void RunAsync_ProfileNamesAFault_RefusedNamingWhereFaultsAreSwitched()
    {
        using var world = StandaloneSimulation.Start(FastProfiles.Local(), FreePorts, stubsFolder: null);

        var error = Assert.ThrowsAsync<ConfigurationErrorException>(() => JoinedChain.RunAsync(world.ControlUrl, FastProfiles.Local("F7")));

        Assert.That(error!.Message, Does.Contain("Faults: F7").And.Contain("__world/faults/F7"));
    }

    [Test]
    public void RunAsync_NoWorldAtTheUrl_RefusedSayingHowToStartOne()
    {
        var error = Assert.ThrowsAsync<ConfigurationErrorException>(() => JoinedChain.RunAsync(new Uri("http://127.0.0.1:9"), FastProfiles.Local()));

        Assert.That(error!.Message, Does.Contain("no world answers at http://127.0.0.1:9").And.Contain("chainharness simulate"));
    }

    [Test]
    public void RunAsync_WorldUrlNotLoopback_Refused()
    {
        var error = Assert.ThrowsAsync<ConfigurationErrorException>(() => JoinedChain.RunAsync(new Uri("http://example.org:9100"), FastProfiles.Local()));

        Assert.That(error!.Message, Does.Contain("not a loopback http URL"));
    }

    /// <summary>
    /// The fast profiles with a 10 s step deadline: seven cases, each two chains, run side by side, and on a loaded CI
    /// machine 3 s left step 11 a fraction of a second for its last wait. The test is about equal verdicts, not speed.
    /// </summary>
    private static ProfileOptions Profile(bool partners, params string[] faults)
    {
        var profile = partners ? FastProfiles.LocalPartners(faults) : FastProfiles.Local(faults);
        profile.Timing.StepDeadline = TimeSpan.FromSeconds(10);
        return profile;
    }

    private static StepSelection Selection(string text) => StepSelection.TryParse(text, out var selection, out _) ? selection : StepSelection.All;

    private static IEnumerable<string> Outcomes(ChainResult result) => result.Steps.Select(s => $"{s.Step.Id}: {s.Outcome.Status} {s.Outcome.Finding}");
}
