using ChainHarness.Engine.Loket;
using System.Text;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.Ozon;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Simulators.Tests.Contracts;

/// <summary>
/// The read services' simulators answer what their contracts say: Ozon Presenteren v8, the SRU of
/// repository.overheid.nl, RTR gegevens v2 and uitvoerengegevens v1. Each is asked at the contract's
/// address with hand-written requests.
/// </summary>
public sealed class ReadServicesContractTests
{
    private static readonly string Key = EndpointOptions.SimulatedApiKey;

    [Test]
    public async Task Ozon_RegelingDocumentstructuurAndLocationSearch_FitTheContract()
    {
        var world = TestWorlds.Create();
        SimHttp.PublishTestdorp(world);
        using var ozon = new OzonSimulator(world).Start();
        var contract = ServiceContracts.Load("ozon-presenteren");
        var id = new Dictionary<string, string> { ["uriIdentificatie"] = Regex.Replace(world.OzonDocuments.Regelingen.First().WorkId, @"[^\w]+", "_") };

        await SimulatorContract.AssertFitsAsync(contract, "regeling", await Get(SimulatorContract.Url(ozon, contract, "regeling", id)));
        await SimulatorContract.AssertFitsAsync(contract, "documentstructuur", await Get(SimulatorContract.Url(ozon, contract, "documentstructuur", id)));
        await SimulatorContract.AssertFitsAsync(contract, "regeltekstannotaties-van-regeling", await Get(SimulatorContract.Url(ozon, contract, "regeltekstannotaties-van-regeling", id, "?page=1&size=20")));
        using var search = new HttpRequestMessage(HttpMethod.Post, SimulatorContract.Url(ozon, contract, "annotaties-op-locatie"))
        {
            Content = new StringContent("""{"geometrie":{"type":"Point","coordinates":[155050,463050]}}""", Encoding.UTF8, "application/json"),
        };
        search.Headers.Add("x-api-key", Key);
        search.Headers.Add("Content-Crs", "http://www.opengis.net/def/crs/EPSG/0/28992");
        await SimulatorContract.AssertFitsAsync(contract, "annotaties-op-locatie", await SimulatorContract.Http.SendAsync(search));
    }

    [Test]
    public async Task Ozon_UnknownRegeling_404AsTheContractSays()
    {
        using var ozon = new OzonSimulator(TestWorlds.Create()).Start();
        var contract = ServiceContracts.Load("ozon-presenteren");

        var response = await Get(SimulatorContract.Url(ozon, contract, "regeling", new Dictionary<string, string> { ["uriIdentificatie"] = "_akn_nl_act_gm9999_2099_niets" }));

        await SimulatorContract.AssertFitsAsync(contract, "regeling", response, 404);
    }

    [TestCase("dt.identifier==\"gmb-2026-1\"")]
    [TestCase("c.product-area==officielepublicaties and dt.creator=\"Testdorp\"")]
    public async Task Sru_SearchRetrieve_RecordsFitTheContract(string cql)
    {
        var world = TestWorlds.Create();
        SimHttp.PublishTestdorp(world);
        using var sru = new BekendmakingenSimulator(world).Start();
        var contract = ServiceContracts.Load("bekendmakingen-sru");

        var url = SimulatorContract.Url(sru, contract, "searchRetrieve", null, $"?operation=searchRetrieve&version=2.0&recordSchema=gzd&query={Uri.EscapeDataString(cql)}");

        await SimulatorContract.AssertFitsAsync(contract, "searchRetrieve", await Get(url));
    }

    [Test]
    public async Task Sru_UnreadableQuery_DiagnosticsFitTheContract()
    {
        using var sru = new BekendmakingenSimulator(TestWorlds.Create()).Start();
        var contract = ServiceContracts.Load("bekendmakingen-sru");

        var response = await Get(SimulatorContract.Url(sru, contract, "searchRetrieve", null, "?operation=searchRetrieve&version=2.0&query=((("));

        await SimulatorContract.AssertFitsAsync(contract, "searchRetrieve", response);
    }

    [Test]
    public async Task Rtr_ActiviteitenAndWerkzaamheden_FitTheContract()
    {
        var world = TestWorlds.Create();
        world.Rtr.Add(new RtrWerkzaamheid(FunctioneleStructuurRef.ForWerkzaamheid("Dakkapel plaatsen"), "Dakkapel plaatsen", FunctioneleStructuurRef.For(ExistingContent.BruidsschatActivityId), new DateOnly(2026, 3, 2)));
        using var rtr = new RtrSimulator(world).Start();
        var contract = ServiceContracts.Load("rtr-gegevens");

        await SimulatorContract.AssertFitsAsync(contract, "activiteiten", await Get(SimulatorContract.Url(rtr, contract, "activiteiten", null, "?datum=02-03-2026&organisatieCode=9999&pageSize=200")));
        await SimulatorContract.AssertFitsAsync(contract, "werkzaamheden", await Get(SimulatorContract.Url(rtr, contract, "werkzaamheden", null, "?datum=02-03-2026&pageSize=200")));
        await SimulatorContract.AssertFitsAsync(contract, "activiteiten", await Get(SimulatorContract.Url(rtr, contract, "activiteiten", null, "?datum=2026-03-02")), 400);
    }

    [Test]
    public async Task UitvoerenGegevens_ToepasbareRegelsAndSttrBestand_FitTheContract()
    {
        var world = TestWorlds.Create();
        var reference = FunctioneleStructuurRef.For(ExistingContent.BruidsschatActivityId);
        world.Rtr.Add(new DeliveredRuleSet("L1-1", reference, ExistingContent.BruidsschatActivityId, RegelbeheerobjectType.Conclusie, "c.dmn", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>", new DateOnly(2026, 3, 2), "L1", DateTimeOffset.UnixEpoch));
        using var gegevens = new UitvoerenGegevensSimulator(world).Start();
        var contract = ServiceContracts.Load("rtr-uitvoerengegevens");

        await SimulatorContract.AssertFitsAsync(contract, "toepasbareRegels", await Get(SimulatorContract.Url(gegevens, contract, "toepasbareRegels", null, $"?functioneleStructuurRef={Uri.EscapeDataString(reference)}&datum=02-03-2026")));
        await SimulatorContract.AssertFitsAsync(contract, "sttrBestand", await Get(SimulatorContract.Url(gegevens, contract, "sttrBestand", new Dictionary<string, string> { ["id"] = "L1-1" })));
    }

    [Test]
    public void Contracts_TheOldInventedShapes_WouldNotFit_SoTheChecksCanFail()
    {
        var sru = ServiceContracts.Load("bekendmakingen-sru").Response("searchRetrieve", 200);
        var ozon = ServiceContracts.Load("ozon-presenteren").Response("regeling", 200);

        Assert.That(ContractXml.Validate((System.Text.Json.Nodes.JsonObject)sru["shape"]!, "<zoeken><aantal>1</aantal></zoeken>"), Is.Not.Empty);
        Assert.That(ContractShapes.ValidateJson((System.Text.Json.Nodes.JsonObject)ozon["shape"]!, """{"identificatie":"/akn/nl/act/gm9999/2024/omgevingsplan","expressie":"x","officieleTitel":"t","type":{"code":"c","waarde":"w"},"aangeleverdDoorEen":{"code":"gm9999"},"_links":{"self":{"href":"h"}}}"""), Is.Not.Empty);
    }

    private static async Task<HttpResponseMessage> Get(Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("x-api-key", Key);
        return await SimulatorContract.Http.SendAsync(request);
    }
}
