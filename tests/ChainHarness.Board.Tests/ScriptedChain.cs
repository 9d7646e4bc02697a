using ChainHarness.Board.Live;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Tests;

/// <summary>
/// The real runner over <see cref="ScriptedStep"/>s: a scenario's failing step fails with its finding,
/// unless <c>reported</c> leaves it out; everything else passes.
/// </summary>
internal static class ScriptedChain
{
    public static BoardChain Create(Func<Scenario, bool>? reported = null, Func<Task>? beforeRun = null) =>
        new("Testdorp", "gm9999", ScenarioCatalog.BuiltIn, async (scenario, observer, ct) =>
        {
            if (beforeRun is not null)
            {
                await beforeRun();
            }

            var failing = scenario.FalendeStap is { } f && (reported?.Invoke(scenario) ?? true) ? (StepId?)f : null;
            var steps = KnownSteps.All.Select(d => new ScriptedStep(d, d.Id == failing ? scenario.Bevinding : null));
            var profile = new ProfileOptions();
            using var endpoints = new EndpointDirectory(profile, new Dictionary<string, Uri>(), TimeProvider.System);
            return await new ChainRunner(new StepCatalog(steps), TimeProvider.System).RunAsync(
                new ChainRunRequest { ProfileName = "test", Profile = profile, Services = new ChainServices(), Endpoints = endpoints, Observer = observer },
                ct);
        });
}
