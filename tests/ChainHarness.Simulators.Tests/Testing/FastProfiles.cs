using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>Profiles for whole-chain tests: short waits, so a fault that makes a step wait out its deadline ends quickly.</summary>
internal static class FastProfiles
{
    /// <summary>The attempt timeout of the RTR and Ozon in these profiles.</summary>
    public static readonly TimeSpan OutageAttemptTimeout = TimeSpan.FromSeconds(1);

    public static ProfileOptions Local(params string[] faults) => new()
    {
        Faults = [.. faults],
        Timing = new TimingOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            StepDeadline = TimeSpan.FromSeconds(3),
            LvbbProcessingDelay = TimeSpan.FromMilliseconds(20),
        },

        // The services an outage fault (F11) can take down hang past their attempt timeout: keep it short.
        // Both are read-only, so an attempt cut short is safely retried.
        Endpoints =
        {
            [DsoEndpoint.Rtr] = new EndpointOptions { AttemptTimeout = OutageAttemptTimeout },
            [DsoEndpoint.Ozon] = new EndpointOptions { AttemptTimeout = OutageAttemptTimeout },
        },
    };

    /// <summary>The local profile on a werkplaats iteration's content (1–3).</summary>
    public static ProfileOptions Iteration(int iteration, params string[] faults)
    {
        var profile = Local(faults);
        profile.Iteration = iteration;
        return profile;
    }

    /// <summary>
    /// The local-partners profile of the CLI's appsettings: an omgevingsdienst handling the milieu
    /// activity, a partner with privilege VT, and the aanvraag naming the dakkapel and the milieu activity.
    /// </summary>
    public static ProfileOptions LocalPartners(params string[] faults)
    {
        var profile = Local(faults);
        profile.Behandeldienst = new PartyOptions
        {
            Name = "Omgevingsdienst Testregio",
            Oin = "00000001555555550000",
            Activities = ["nl.imow-gm9999.activiteit.milieubelastendeactiviteit"],
        };
        profile.Collaboration = new PartyOptions { Name = "Waterschap Testwaard", Oin = "00000001888888880000", Privilege = "VT" };
        profile.LoketScenario = "testdorp-dakkapel-milieu.json";
        return profile;
    }
}
