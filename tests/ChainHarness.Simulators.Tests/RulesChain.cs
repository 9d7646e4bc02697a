using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Rtr;

namespace ChainHarness.Simulators.Tests;

/// <summary>
/// Runs the chain against fresh simulators like <see cref="LocalChain"/>, with stand-ins for steps
/// this branch does not build (so a failing rules step shows its dependants 8a and 8b as skipped),
/// and hands back the simulation's world for inspection.
/// </summary>
internal static class RulesChain
{
    public const string Bruidsschat = ExistingContent.BruidsschatActivityId;

    public static ProfileOptions Profile(params string[] faults) => new()
    {
        FromActivity = Bruidsschat,
        Faults = [.. faults],
        Timing = new TimingOptions { PollInterval = TimeSpan.FromMilliseconds(20), StepDeadline = TimeSpan.FromSeconds(10), Retries = 0 },
    };

    public static async Task<(ChainResult Result, LocalSimulation Simulation, List<StandInStep> StandIns)> RunAsync(
        ProfileOptions profile, string steps = "5-8b", IReadOnlyDictionary<StepId, Action<StepContext>>? effects = null, Action<LocalSimulation>? arrange = null)
    {
        StepSelection.TryParse(steps, out var selection, out _);
        var time = TimeProvider.System;
        var simulation = LocalSimulation.Start(profile, time);
        arrange?.Invoke(simulation);
        using var endpoints = new EndpointDirectory(profile, simulation.EndpointUrls, time);
        var discovered = StepCatalog.Discover();
        var standIns = new List<StandInStep>();
        var implementations = KnownSteps.All.Select(d => discovered.Find(d.Id) ?? Add(standIns, new StandInStep(d, effects?.GetValueOrDefault(d.Id)))).ToList();
        try
        {
            var result = await new ChainRunner(new StepCatalog(implementations), time).RunAsync(
                new ChainRunRequest { ProfileName = "test", Profile = profile, Services = simulation.Services, Endpoints = endpoints, Selection = selection },
                CancellationToken.None);
            return (result, simulation, standIns);
        }
        finally
        {
            simulation.Dispose();
        }
    }

    private static IChainStep Add(List<StandInStep> standIns, StandInStep step)
    {
        standIns.Add(step);
        return step;
    }
}
