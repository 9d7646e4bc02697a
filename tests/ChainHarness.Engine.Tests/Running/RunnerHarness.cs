using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Running;

/// <summary>Runs a chain of fake steps with a default profile.</summary>
internal static class RunnerHarness
{
    public static Task<ChainResult> RunAsync(
        IEnumerable<IChainStep> steps, ProfileOptions? profile = null, StepSelection? selection = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        profile ??= new ProfileOptions();
        time ??= TimeProvider.System;
        var endpoints = new EndpointDirectory(profile, new Dictionary<string, Uri>(), time);
        return new ChainRunner(new StepCatalog(steps), time).RunAsync(
            new ChainRunRequest
            {
                ProfileName = "test",
                Profile = profile,
                Services = new ChainServices(),
                Endpoints = endpoints,
                Selection = selection ?? StepSelection.All,
            },
            cancellationToken);
    }
}
