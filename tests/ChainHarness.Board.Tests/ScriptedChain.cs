using ChainHarness.Board.Live;
using ChainHarness.Board.Scenarios;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Tests;

/// <summary>
/// The real runner over <see cref="ScriptedStep"/>s: a scenario's finding fails at the first step
/// where the finding shows, unless <c>reported</c> leaves it out; everything else passes.
/// </summary>
internal static class ScriptedChain
{
    public static BoardChain Create(Func<BoardScenario, bool>? reported = null, Func<Task>? beforeRun = null) =>
        new("Testdorp", "gm9999", async (scenario, observer, ct) =>
        {
            if (beforeRun is not null)
            {
                await beforeRun();
            }

            var failing = scenario.Finding is { } f && (reported?.Invoke(scenario) ?? true) ? f.Steps.FirstOrDefault() : (StepId?)null;
            var steps = KnownSteps.All.Select(d => new ScriptedStep(d, d.Id == failing ? scenario.Finding!.Code : null));
            var profile = new ProfileOptions();
            using var endpoints = new EndpointDirectory(profile, new Dictionary<string, Uri>(), TimeProvider.System);
            return await new ChainRunner(new StepCatalog(steps), TimeProvider.System).RunAsync(
                new ChainRunRequest { ProfileName = "test", Profile = profile, Services = new ChainServices(), Endpoints = endpoints, Observer = observer },
                ct);
        });
}
