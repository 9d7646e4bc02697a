using System.Text;
using System.Text.Json.Nodes;
using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.Tests.Indienen;
using ChainHarness.Simulators.Tests.Samenwerken;
using ChainHarness.Simulators.Verifieren;
using ChainHarness.Testing.Contracts;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ChainHarness.Simulators.Tests.Contracts;

/// <summary>
/// Regels verifiëren v2, the Samenwerkfunctionaliteit v4 and the simulated VTH system (ZGW Zaken 1.5 and
/// Documenten 1.5) answer what contracts/regels-verifieren, samenwerken, vth-zaken and vth-documenten say.
/// Hand-written requests, no engine client code.
/// </summary>
public sealed class CaseAndPartnerContractTests
{
    private const string Activiteit = "nl.imow-gm9999.activiteit.bruidsschatdakkapel";

    [TestCase(Activiteit, "goedgekeurd")]
    [TestCase("nl.imow-gm9999.activiteit.anders", "afgekeurd")]
    public async Task Verifieren_Report_FitsTheContract(string activiteit, string resultaat)
    {
        using var host = SimulatorHost<VerifierenSimulator>.Start(w => new VerifierenSimulator(w));
        var contract = ServiceContracts.Load("regels-verifieren");
        var url = SimulatorContract.Url(host.Server, contract, "verificaties", null, $"?type=Conclusie&activiteit={activiteit}");

        var response = await SimulatorContract.Http.PostAsync(url, new StringContent(RulesFixtures.Read("conclusie-dakkapel.dmn"), Encoding.UTF8, "application/xml"));

        await SimulatorContract.AssertFitsAsync(contract, "verificaties", response);
        Assert.That((string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["resultaat"], Is.EqualTo(resultaat));
    }

    [Test]
    public async Task Verifieren_EmptyBody_ProblemFitsTheContract()
    {
        using var host = SimulatorHost<VerifierenSimulator>.Start(w => new VerifierenSimulator(w));
        var contract = ServiceContracts.Load("regels-verifieren");

        var response = await SimulatorContract.Http.PostAsync(SimulatorContract.Url(host.Server, contract, "verificaties"), new StringContent("", Encoding.UTF8, "application/xml"));

        await SimulatorContract.AssertFitsAsync(contract, "verificaties", response, 400);
    }

    [Test]
    public async Task Swf_SamenwerkingAndItsLists_FitTheContract()
    {
        using var swf = new SwfScenario();
        var contract = ServiceContracts.Load("samenwerken");
        var (id, actieverzoekId) = await swf.StartWithPartnerAsync("VT");
        var ids = new Dictionary<string, string> { ["samenwerkingId"] = id, ["actieverzoekId"] = actieverzoekId };

        await SimulatorContract.AssertFitsAsync(contract, "samenwerking", await Get(swf, contract, "samenwerking", ids));
        await SimulatorContract.AssertFitsAsync(contract, "deelnemers", await Get(swf, contract, "deelnemers", ids));
        await SimulatorContract.AssertFitsAsync(contract, "documenten", await Get(swf, contract, "documenten", ids));
        await SimulatorContract.AssertFitsAsync(contract, "actieverzoek", await Get(swf, contract, "actieverzoek", ids));
        await SimulatorContract.AssertFitsAsync(contract, "notificaties", await Get(swf, contract, "notificaties", ids, SwfScenario.Waterschap));
        var list = await Get(swf, contract, "actieverzoeken", ids, query: $"?samenwerkingId={Uri.EscapeDataString(id)}");
        await SimulatorContract.AssertFitsAsync(contract, "actieverzoeken", list);
        Assert.That(JsonNode.Parse(await list.Content.ReadAsStringAsync())!["_embedded"]!["actieverzoeken"]!.AsArray().Select(a => (string?)a!["actieverzoekId"]), Is.EqualTo(new[] { actieverzoekId }));
    }

    [Test]
    public async Task Swf_Refusals_FitTheContract()
    {
        using var swf = new SwfScenario();
        var contract = ServiceContracts.Load("samenwerken");
        var (id, _) = await swf.StartWithPartnerAsync("BT");
        var ids = new Dictionary<string, string> { ["samenwerkingId"] = id };

        await SimulatorContract.AssertFitsAsync(contract, "samenwerking", await Get(swf, contract, "samenwerking", ids, SwfScenario.Buitenstaander), 403);
        await SimulatorContract.AssertFitsAsync(contract, "actieverzoeken", await Get(swf, contract, "actieverzoeken", ids), 400);
        using var start = new HttpRequestMessage(HttpMethod.Post, SimulatorContract.Url(swf.Simulator, contract, "starten")) { Content = new StringContent("""{ "verzoeknummer": "12" }""", Encoding.UTF8, "application/json") };
        start.Headers.Add(ChainHarness.Engine.Http.PkioIdentity.OinHeader, SwfScenario.Gemeente);
        await SimulatorContract.AssertFitsAsync(contract, "starten", await SimulatorContract.Http.SendAsync(start), 400);
    }

    [Test]
    public async Task Vth_ZaakEigenschappenRelatiesAndDocument_FitTheZgwContracts()
    {
        using var loket = new LoketHarness();
        var nummer = await loket.SubmitCompleteAsync();
        var zaak = await LoketHarness.EventuallyAsync(() => loket.World.Vth.Zaken.FirstOrDefault(z => z.Verzoeknummer == nummer));
        var zaken = ServiceContracts.Load("vth-zaken");
        var documenten = ServiceContracts.Load("vth-documenten");
        var uuid = new Dictionary<string, string> { ["uuid"] = zaak!.Uuid };

        var list = await SimulatorContract.Http.GetAsync(SimulatorContract.Url(loket.Vth, zaken, "zaken"));
        await SimulatorContract.AssertFitsAsync(zaken, "zaken", list);
        Assert.That(JsonNode.Parse(await list.Content.ReadAsStringAsync())!["results"]![0]!["kenmerken"]![0]!["kenmerk"]!.GetValue<string>(), Is.EqualTo(nummer));
        await SimulatorContract.AssertFitsAsync(zaken, "zaak", await SimulatorContract.Http.GetAsync(SimulatorContract.Url(loket.Vth, zaken, "zaak", uuid)));
        await SimulatorContract.AssertFitsAsync(zaken, "zaak", await SimulatorContract.Http.GetAsync(SimulatorContract.Url(loket.Vth, zaken, "zaak", new Dictionary<string, string> { ["uuid"] = Guid.Empty.ToString() })), 404);
        await SimulatorContract.AssertFitsAsync(zaken, "zaakeigenschappen", await SimulatorContract.Http.GetAsync(SimulatorContract.Url(loket.Vth, zaken, "zaakeigenschappen", uuid)));
        var relaties = await SimulatorContract.Http.GetAsync(SimulatorContract.Url(loket.Vth, zaken, "zaakinformatieobjecten"));
        await SimulatorContract.AssertFitsAsync(zaken, "zaakinformatieobjecten", relaties);
        var document = zaak.Documenten[0].Uuid;
        await SimulatorContract.AssertFitsAsync(documenten, "informatieobject", await SimulatorContract.Http.GetAsync(SimulatorContract.Url(loket.Vth, documenten, "informatieobject", new Dictionary<string, string> { ["uuid"] = document })));
    }

    [Test]
    public async Task Afhandelen_PushedVerzoeknotificatie_FitsTheContractMessage()
    {
        // Given a party's endpoint that only listens (WireMock, no project code), subscribed for the municipality
        using var loket = new LoketHarness();
        using var listener = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{Robustness.StandIn.FreeLoopbackPort()}"] });
        listener.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(202));
        loket.World.Verzoeken.Subscribe(Verzoeken.Voorbeeld.Gemeente, new Uri(listener.Url + "/verzoeknotificaties"));
        var contract = ServiceContracts.Load("verzoek-afhandelen");

        // When a verzoek is submitted
        var nummer = await loket.SubmitCompleteAsync();
        await LoketHarness.EventuallyAsync(() => loket.World.Verzoeken.Bezorgingen.FirstOrDefault(b => b.Status == 202));

        // Then what the DSO pushed is the verzoeknotificatie XML of the contract, about that verzoek
        var pushed = listener.LogEntries.Single();
        Assert.That(pushed.RequestMessage!.Headers!["Content-Type"].Single(), Does.StartWith("application/xml"));
        var body = pushed.RequestMessage!.Body!;
        Assert.That(ContractXml.Validate((JsonObject)contract.Message("verzoeknotificatie")["shape"]!, body), Is.Empty);
        Assert.That(body, Does.Contain($">{nummer}<"));
    }

    private static Task<HttpResponseMessage> Get(SwfScenario swf, ServiceContract contract, string operation, IReadOnlyDictionary<string, string> ids, string oin = SwfScenario.Gemeente, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, SimulatorContract.Url(swf.Simulator, contract, operation, ids, query));
        request.Headers.Add(ChainHarness.Engine.Http.PkioIdentity.OinHeader, oin);
        return SimulatorContract.Http.SendAsync(request);
    }
}
