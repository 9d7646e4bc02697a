using ChainHarness.Simulators.Rtr;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Tests.Indienen;
using ChainHarness.Simulators.Tests.Uitvoeren;
using ChainHarness.Simulators.Uitvoeren;
using ChainHarness.Simulators.Vth;

namespace ChainHarness.Simulators.Tests.LoketLane;

/// <summary>
/// Steps 8a–9b alone, against the loket simulators on the schuur rules of <see cref="LoketDmn"/>
/// (the rules lane not run): uitvoeren, indienen, afhandelen and the municipality's VTH system,
/// with a scenario for a large shed in Testdorp.
/// </summary>
internal static class LoketLane
{
    public const string Scenario = """
        {
          "naam": "Testdorp: een grote schuur",
          "locatie": { "x": 155050, "y": 463050 },
          "check": { "zoekterm": "schuur", "werkzaamheid": "Schuur bouwen", "antwoorden": { "vraag-groot": "true" },
                     "verwachteVragen": [ "vraag-groot" ], "verwachteConclusie": "Vergunningplicht" },
          "aanvraag": {
            "projectnaam": "Schuur Dorpsstraat 12",
            "initiatiefnemer": { "naam": "J. de Tester", "bsn": "999990019",
                                 "correspondentieadres": { "straat": "Dorpsstraat", "huisnummer": "12", "postcode": "9999 AA", "woonplaats": "Testdorp" } },
            "antwoorden": { "vraag-groot": "true" },
            "documenten": [ { "bestandsnaam": "tekening.txt", "documentType": "Bouwtekening", "inhoud": "tekening" },
                            { "bestandsnaam": "machtiging.txt", "documentType": "Machtiging", "vertrouwelijk": true, "aanvullend": true, "inhoud": "machtiging" } ]
          }
        }
        """;

    public static async Task<ChainResult> RunAsync(string selection = "8a-9b", params string[] faults)
    {
        var scenario = Path.Combine(Path.GetTempPath(), $"loket-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(scenario, Scenario);
        try
        {
            var profile = new ProfileOptions { Faults = [.. faults], LoketScenario = scenario, FromActivity = LoketDmn.ActiviteitId };
            var bron = new TestRegelsBron(begindatum: DateOnly.MinValue);
            using var uitvoeren = new UitvoerenHarness(profile, TimeProvider.System, bron);
            using var loket = new LoketHarness(uitvoeren.World, new DmnIndieningsvereisten(bron, new RegelEvaluatie(uitvoeren.World)));
            using var rtr = new RtrSimulator(uitvoeren.World);
            rtr.Start();
            var urls = new Dictionary<string, Uri> { [DsoEndpoint.Rtr] = rtr.BaseUrl, [DsoEndpoint.Uitvoeren] = uitvoeren.Simulator.BaseUrl, [DsoEndpoint.Zoekinterface] = uitvoeren.Zoekinterface.BaseUrl, [DsoEndpoint.Indienen] = loket.Indienen.BaseUrl, [DsoEndpoint.Afhandelen] = loket.Afhandelen.BaseUrl };
            using var endpoints = new EndpointDirectory(profile, urls, TimeProvider.System);
            StepSelection.TryParse(selection, out var steps, out _);
            return await new ChainRunner(StepCatalog.Discover(), TimeProvider.System).RunAsync(
                new ChainRunRequest
                {
                    ProfileName = "loket",
                    Profile = profile,
                    Services = new ChainServices().Add<IVthSystem>(new ZgwVthSystem(() => loket.Vth.BaseUrl)),
                    Endpoints = endpoints,
                    Selection = steps,
                },
                CancellationToken.None);
        }
        finally
        {
            File.Delete(scenario);
        }
    }
}
