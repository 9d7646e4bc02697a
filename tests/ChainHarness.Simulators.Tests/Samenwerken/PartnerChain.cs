using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Steps.Step11;

namespace ChainHarness.Simulators.Tests.Samenwerken;

/// <summary>
/// Runs step 11 against fresh simulators, with step 8b replaced by a seed that captures a known
/// verzoeknummer; steps not selected count as satisfied, so nothing else needs to run first.
/// </summary>
internal static class PartnerChain
{
    public const string Verzoeknummer = "2026060500133";
    public const string PartnerOin = "00000001888888880000";

    // The first HTTP round trip in a test process pays for JIT: seconds on a loaded machine. One
    // warm-up run keeps a short step deadline about the simulators, not the JIT.
    private static readonly Lazy<Task> WarmUp = new(() => RunColdAsync(Profile(), Verzoeknummer));

    public static ProfileOptions Profile(string privilege = "VT", params string[] faults) => new()
    {
        Collaboration = new PartyOptions { Name = "Waterschap Testwaard", Oin = PartnerOin, Privilege = privilege },
        Faults = [.. faults],
        Timing = new TimingOptions { PollInterval = TimeSpan.FromMilliseconds(20), StepDeadline = TimeSpan.FromSeconds(10) },
    };

    public static async Task<ChainResult> RunAsync(ProfileOptions profile, string? seededVerzoeknummer = Verzoeknummer)
    {
        await WarmUp.Value;
        return await RunColdAsync(profile, seededVerzoeknummer);
    }

    private static async Task<ChainResult> RunColdAsync(ProfileOptions profile, string? seededVerzoeknummer)
    {
        using var simulation = LocalSimulation.Start(profile);
        using var endpoints = new EndpointDirectory(profile, simulation.EndpointUrls, TimeProvider.System);
        StepSelection.TryParse("8b,11", out var selection, out _);
        var catalog = new StepCatalog([new SeededStep(KnownSteps.Step8b, s => s.Loket.Verzoeknummer = seededVerzoeknummer), new SamenwerkingStep()]);
        return await new ChainRunner(catalog, TimeProvider.System).RunAsync(
            new ChainRunRequest { ProfileName = "partners", Profile = profile, Services = simulation.Services, Endpoints = endpoints, Selection = selection },
            CancellationToken.None);
    }
}
