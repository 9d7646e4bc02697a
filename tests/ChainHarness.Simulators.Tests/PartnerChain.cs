using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Steps.Step09aOntvangenAanvraag;
using ChainHarness.Engine.Steps.Step09bTerugkoppeling;
using ChainHarness.Engine.Steps.Step10AanvraagNaarBehandeldienst;
using ChainHarness.Engine.Steps.Step11Samenwerking;

namespace ChainHarness.Simulators.Tests;

/// <summary>
/// Runs steps 8b–11 against fresh simulators with step 8b stood in for (the rules lane is not part
/// of these runs): either a seed that only captures a verzoeknummer (for step 11 alone), or a real
/// submission of a two-activity aanvraag (for 9a, 9b, 10 and 11). Steps not selected count as
/// satisfied, so nothing before 8b needs to run.
/// </summary>
internal static class PartnerChain
{
    public const string Verzoeknummer = "2026060500133";
    public const string PartnerOin = "00000001888888880000";
    public const string OdOin = "00000001555555550000";
    public const string OdName = "Omgevingsdienst Testregio";

    // The first HTTP round trip in a test process pays for JIT: seconds on a loaded machine. One
    // warm-up run keeps a short step deadline about the simulators, not the JIT.
    private static readonly Lazy<Task> WarmUp = new(() => RunColdAsync(WithBehandeldienst(Profile()), FromAanvraag()));

    /// <summary>A profile with a collaboration partner; polls every 20 ms, a generous deadline.</summary>
    public static ProfileOptions Profile(string privilege = "VT", params string[] faults) => new()
    {
        Collaboration = new PartyOptions { Name = "Waterschap Testwaard", Oin = PartnerOin, Privilege = privilege },
        Faults = [.. faults],
        Timing = new TimingOptions { PollInterval = TimeSpan.FromMilliseconds(20), StepDeadline = TimeSpan.FromSeconds(10) },
    };

    /// <summary>Adds the omgevingsdienst, with the milieu activity routed to it.</summary>
    public static ProfileOptions WithBehandeldienst(ProfileOptions profile, params string[] activities)
    {
        profile.Behandeldienst = new PartyOptions { Name = OdName, Oin = OdOin, Activities = activities.Length > 0 ? [.. activities] : [SubmittedAanvraagStep.Milieu] };
        return profile;
    }

    /// <summary>
    /// Step 11 alone, after a seed capturing <paramref name="seededVerzoeknummer"/>. Given <paramref name="runnerTime"/>,
    /// the runner (step deadline, polls) keeps that time; the simulators and HTTP timeouts keep the real clock.
    /// </summary>
    public static Task<ChainResult> RunAsync(ProfileOptions profile, string? seededVerzoeknummer = Verzoeknummer, TimeProvider? runnerTime = null) =>
        RunAsync(profile, [new SeededStep(KnownSteps.Get("8b"), s => s.Loket.Aanvraag = seededVerzoeknummer is null ? null : Submitted(seededVerzoeknummer)), new SamenwerkingStep()], runnerTime: runnerTime);

    /// <summary>What step 8b would have captured for <paramref name="verzoeknummer"/>; step 11 reads only its number.</summary>
    private static IngediendeAanvraag Submitted(string verzoeknummer) =>
        new(verzoeknummer, new DateOnly(2026, 6, 5), "Dakkapel", "A. Tester", new("Dorpsstraat", "12", "9999 AA", "Testdorp"), [], []);

    /// <summary>A real two-activity submission, then the real steps 9a, 9b, 10 and 11.</summary>
    public static Task<ChainResult> RunFromAanvraagAsync(ProfileOptions profile, Action<LocalSimulation>? arrange = null) => RunAsync(profile, FromAanvraag(), arrange);

    private static IChainStep[] FromAanvraag() =>
        [new SubmittedAanvraagStep(), new OntvangenAanvraagStep(), new TerugkoppelingStep(), new AanvraagNaarBehandeldienstStep(), new SamenwerkingStep()];

    private static async Task<ChainResult> RunAsync(ProfileOptions profile, IChainStep[] steps, Action<LocalSimulation>? arrange = null, TimeProvider? runnerTime = null)
    {
        await WarmUp.Value;
        return await RunColdAsync(profile, steps, arrange, runnerTime);
    }

    private static async Task<ChainResult> RunColdAsync(ProfileOptions profile, IChainStep[] steps, Action<LocalSimulation>? arrange = null, TimeProvider? runnerTime = null)
    {
        using var simulation = LocalSimulation.Start(profile);
        arrange?.Invoke(simulation);
        using var endpoints = new EndpointDirectory(profile, simulation.EndpointUrls, TimeProvider.System);
        StepSelection.TryParse(string.Join(",", steps.Select(s => s.Definition.Id)), out var selection, out _);
        return await new ChainRunner(new StepCatalog(steps), runnerTime ?? TimeProvider.System).RunAsync(
            new ChainRunRequest { ProfileName = "partners", Profile = profile, Services = simulation.Services, Endpoints = endpoints, Selection = selection },
            CancellationToken.None);
    }
}
