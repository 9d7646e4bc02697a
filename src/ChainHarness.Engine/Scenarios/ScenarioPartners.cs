using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Scenarios;

/// <summary>
/// Testdorp's omgevingsdienst (handling the existing milieu activity) and collaboration partner, and the
/// loket scenario whose aanvraag names both the dakkapel and that milieu activity: what the CLI's
/// <c>local-partners</c> profile configures, for scenarios that need steps 10 and 11.
/// </summary>
public static class ScenarioPartners
{
    public const string MilieuActivityId = "nl.imow-gm9999.activiteit.milieubelastendeactiviteit";

    public const string LoketScenario = "testdorp-dakkapel-milieu.json";

    public static void AddTo(ProfileOptions profile)
    {
        profile.Behandeldienst ??= new PartyOptions { Name = "Omgevingsdienst Testregio", Oin = "00000001555555550000", Activities = [MilieuActivityId] };
        profile.Collaboration ??= new PartyOptions { Name = "Waterschap Testwaard", Oin = "00000001888888880000", Privilege = "VT" };
        profile.LoketScenario ??= LoketScenario;
    }
}
