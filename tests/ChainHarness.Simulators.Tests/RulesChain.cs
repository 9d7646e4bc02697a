using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests;

/// <summary>Runs the chain against fresh simulators and hands back the run's world, to see what the RTR holds.</summary>
internal static class RulesChain
{
    public const string Bruidsschat = ExistingContent.BruidsschatActivityId;

    /// <summary>A fast profile starting from Testdorp's bruidsschat activity, with a generous step deadline for a loaded machine.</summary>
    public static ProfileOptions Profile(params string[] faults)
    {
        var profile = FastProfiles.Local(faults);
        profile.FromActivity = Bruidsschat;
        profile.Timing.StepDeadline = TimeSpan.FromSeconds(10);
        return profile;
    }

    public static async Task<(ChainResult Result, SimulatedWorld World)> RunAsync(
        ProfileOptions profile, string steps = "5-8b", Action<LocalSimulation>? arrange = null)
    {
        StepSelection.TryParse(steps, out var selection, out _);
        SimulatedWorld? world = null;
        var result = await LocalChain.RunAsync(profile, selection, arrange: simulation =>
        {
            world = simulation.World;
            arrange?.Invoke(simulation);
        });
        return (result, world!);
    }
}
