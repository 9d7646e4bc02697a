using System.Text;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Rtr;
using ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;
using ChainHarness.Engine.Steps.Step04bBekijkenViewer;
using ChainHarness.Engine.Steps.Step07PublicerenToepasbareRegel;
using ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;
using ChainHarness.Engine.Steps.Step10AanvraagNaarBehandeldienst;
using ChainHarness.Testing.Contracts;
using Microsoft.Extensions.Time.Testing;
using RestSharp;

namespace ChainHarness.Engine.Tests.Contracts;

/// <summary>
/// The engine's clients, sending through the real <see cref="ApiClient"/> to a recording handler (nothing
/// leaves the process, no simulator runs): each request must fit its operation in contracts/&lt;service&gt;.
/// </summary>
public sealed class ClientRequestContractTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly LocationOptions Location = new() { X = 155050, Y = 463050 };
    private const string Ref = "http://toepasbare-regels.omgevingswet.overheid.nl/id/activiteit/nl.imow-gm9999.activiteit.dakkapelbouwen";

    [Test]
    public async Task Ozon_Regeling_FitsTheContract() =>
        await AssertFits("ozon-presenteren", "regeling", OzonRequests.Regeling("/akn/nl/act/gm9999/2024/omgevingsplan"));

    [Test]
    public async Task Ozon_AnnotatiesOpLocatie_FullCrsUriAndGeometrie() =>
        await AssertFits("ozon-presenteren", "annotaties-op-locatie", OzonRequests.AnnotatiesOpLocatie(Location.X, Location.Y));

    [Test]
    public async Task Ozon_DocumentstructuurPage_FitsTheContract() =>
        await AssertFits("ozon-presenteren", "documentstructuur", OzonRequests.Page("regelingen/_akn_nl_act_gm9999_2024_omgevingsplan/documentstructuur", 1, 100));

    [Test]
    public async Task Sru_SearchRetrieve_CqlAndGzd() =>
        await AssertFits("bekendmakingen-sru", "searchRetrieve", BekendmakingSearch.Request("/akn/nl/bill/gm9999/2026/b1"));

    [Test]
    public async Task Rtr_Activiteiten_DatumDdMmYyyyAndPageSize() =>
        await AssertFits("rtr-gegevens", "activiteiten", RtrRequests.Activities(Day, "gm9999"));

    [Test]
    public async Task Rtr_Werkzaamheden_FitsTheContract() =>
        await AssertFits("rtr-gegevens", "werkzaamheden", RtrRequests.Werkzaamheden(Day));

    [Test]
    public async Task UitvoerenGegevens_ToepasbareRegels_FitsTheContract() =>
        await AssertFits("rtr-uitvoerengegevens", "toepasbareRegels", RtrRequests.ToepasbareRegels(Ref, Day));

    [TestCase(UitvoerenApi.Conclusie, "conclusie")]
    [TestCase(UitvoerenApi.Indieningsvereisten, "indieningsvereisten")]
    public async Task Uitvoeren_Bepaal_FitsTheContract(string path, string operation) =>
        await AssertFits("uitvoeren", operation, UitvoerenApi.Bepaal(path, Ref, new Dictionary<string, string> { ["vraag-groot"] = "true" }, Location, Day));

    [Test]
    public async Task Zoekinterface_Zoek_FitsTheContract() =>
        await AssertFits("zoekinterface", "werkzaamheden-zoek", UitvoerenApi.Zoek("dakkapel"));

    [Test]
    public async Task Aanleveren_SoapRequest_FitsTheContract() =>
        await AssertFits("tr-aanleveren", "aanleveren", AanleverenSoap.HttpRequest("TR-1", Encoding.UTF8.GetBytes("zip")));

    [Test]
    public async Task Afhandelen_Samenvatting_FitsTheContract() =>
        await AssertFits("verzoek-afhandelen", "samenvatting", AfhandelenDeel.Samenvatting("2026030200001", "00000001999999990000"));

    [Test]
    public async Task Indienen_Initieren_FitsTheContract()
    {
        var aanvraag = new AanvraagScenario
        {
            Projectnaam = "Dakkapel",
            Initiatiefnemer = new ScenarioInitiatiefnemer { Naam = "J. Jansen", Correspondentieadres = new Postadres("Dorpsstraat", "1", "9999 AA", "Testdorp") },
            Antwoorden = { ["vraag-groot"] = "true" },
        };
        var onderdelen = new[] { new AanvraagOnderdeel(new RegelActiviteit("nl.imow-gm9999.activiteit.dakkapelbouwen", "Dakkapel bouwen"), Ref) };

        await AssertFits("verzoek-indienen", "initieren", AanvraagRequests.Initieer(aanvraag, onderdelen, Location));
    }

    [Test]
    public async Task Rtr_IsoDate_WouldNotFit_SoTheCheckCanFail()
    {
        var request = new RestRequest("activiteiten").AddQueryParameter("datum", "2026-03-02");

        var problems = await Problems("rtr-gegevens", "activiteiten", request);

        Assert.That(problems, Has.Some.Contains("datum='2026-03-02'"));
    }

    private static async Task AssertFits(string service, string operation, RestRequest request)
    {
        var problems = await Problems(service, operation, request);
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    internal static async Task<IReadOnlyList<string>> Problems(string service, string operation, RestRequest request)
    {
        var contract = ServiceContracts.Load(service);
        var handler = new RecordingHandler();
        var settings = new ApiClientSettings((string)contract.Root["endpoint"]!, new Uri("http://127.0.0.1:9" + contract.BasePath))
        {
            ApiKey = "key",
            Resilience = EndpointResilience.Default with { Retries = 0 },
            Transport = new RecordingTransport(handler),
        };
        using var client = new ApiClient(settings, new FakeTimeProvider());

        await client.SendAsync(request, new EvidenceLog(SecretRedactor.None), CancellationToken.None);

        Assert.That(handler.Requests, Has.Count.EqualTo(1), $"{service}: the client sent nothing");
        return ContractRequests.Validate(contract, operation, handler.Requests[0]);
    }
}
