using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChainHarness.Simulators.Aanleveren;
using ChainHarness.Simulators.Afhandelen;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.Tests.Indienen;
using ChainHarness.Simulators.Tests.Uitvoeren;
using ChainHarness.Simulators.Tests.Verzoeken;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Simulators.Tests.Contracts;

/// <summary>
/// The rules and loket simulators answer what their contracts say: uitvoeren v3 (an array), zoekinterface v2,
/// TR aanleveren v1 (SOAP, with the opdracht and manifest in the ZIP the simulated rules software makes) and
/// Verzoek afhandelen (samenvatting, STAM 4 verzoek). Hand-written requests, no engine client code.
/// </summary>
public sealed class RulesAndLoketContractTests
{
    private const string Ns = "http://toepasbare-regels.omgevingswet.overheid.nl/v1/aanleveren";

    [TestCase("conclusie", "\"vraag-groot\"")]
    [TestCase("indieningsvereisten", "\"vraag-groot\"")]
    [TestCase("conclusie", "")]
    public async Task Uitvoeren_Bepaal_AnswersTheContractsArray(string operation, string vraag)
    {
        using var loket = new UitvoerenHarness();
        var contract = ServiceContracts.Load("uitvoeren");
        var antwoorden = vraag.Length == 0 ? "" : $$"""{ "id": {{vraag}}, "antwoord": "true" }""";
        var body = string.Create(CultureInfo.InvariantCulture, $$"""
            { "functioneleStructuurRefs": [ { "functioneleStructuurRef": "{{LoketDmn.Ref}}", "antwoorden": [ {{antwoorden}} ] } ],
              "_geo": { "intersects": { "type": "Point", "coordinates": [ 155050, 463050 ] } } }
            """);
        using var request = new HttpRequestMessage(HttpMethod.Post, SimulatorContract.Url(loket.Simulator, contract, operation)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Content-Crs", "EPSG:28992");

        await SimulatorContract.AssertFitsAsync(contract, operation, await SimulatorContract.Http.SendAsync(request));
    }

    [Test]
    public async Task Zoekinterface_Zoek_FitsTheContract()
    {
        using var loket = new UitvoerenHarness();
        var contract = ServiceContracts.Load("zoekinterface");
        using var request = new HttpRequestMessage(HttpMethod.Post, SimulatorContract.Url(loket.Zoekinterface, contract, "werkzaamheden-zoek", null, "?page=1&pageSize=20"))
        {
            Content = new StringContent("""{ "zoekterm": "schuur", "sortering": "besteMatch" }""", Encoding.UTF8, "application/json"),
        };

        var response = await SimulatorContract.Http.SendAsync(request);

        await SimulatorContract.AssertFitsAsync(contract, "werkzaamheden-zoek", response);
        Assert.That((await response.Content.ReadFromJsonAsync<JsonObject>())!["_embedded"]!["werkzaamheden"]!.AsArray(), Is.Not.Empty);
    }

    [Test]
    public async Task Aanleveren_AcceptedDeliveryAndItsZip_FitTheContract()
    {
        using var host = SimulatorHost<AanleverenSimulator>.Start(w => new AanleverenSimulator(w));
        var software = new SimulatedRulesSoftware(host.World);
        var rules = await software.MakeToepasbaarAsync(ExistingContent.BruidsschatActivityId, CancellationToken.None);
        var delivery = await software.PrepareDeliveryAsync(rules, CancellationToken.None);
        var contract = ServiceContracts.Load("tr-aanleveren");

        using (var zip = new ZipArchive(new MemoryStream(delivery.Zip)))
        {
            Assert.That(ContractXml.Validate(Shape(contract.Message("opdracht")), Entry(zip, "opdrachtAanleverenToepasbareRegels.xml")), Is.Empty);
            Assert.That(ContractXml.Validate(Shape(contract.Message("manifest")), Entry(zip, "manifest.xml")), Is.Empty);
        }

        await SimulatorContract.AssertFitsAsync(contract, "aanleveren", await Send(host.Server, contract, delivery.IdLevering, delivery.Zip));
    }

    [Test]
    public async Task Aanleveren_Refused_SoapFaultFitsTheContract()
    {
        using var host = SimulatorHost<AanleverenSimulator>.Start(w => new AanleverenSimulator(w));
        var contract = ServiceContracts.Load("tr-aanleveren");

        await SimulatorContract.AssertFitsAsync(contract, "aanleveren", await Send(host.Server, contract, "TR-1", Encoding.UTF8.GetBytes("geen zip")), 500);
    }

    [Test]
    public async Task Afhandelen_SamenvattingAndStam_FitTheContract()
    {
        using var loket = new LoketHarness();
        var nummer = await loket.SubmitCompleteAsync();
        var contract = ServiceContracts.Load("verzoek-afhandelen");
        var id = new Dictionary<string, string> { ["verzoeknummer"] = nummer };

        await SimulatorContract.AssertFitsAsync(contract, "samenvatting", await loket.GetAsAsync(Voorbeeld.Gemeente, SimulatorContract.Url(loket.Afhandelen, contract, "samenvatting", id).ToString()));
        await SimulatorContract.AssertFitsAsync(contract, "stam", await loket.GetAsAsync(Voorbeeld.Gemeente, SimulatorContract.Url(loket.Afhandelen, contract, "stam", id).ToString()));
        await SimulatorContract.AssertFitsAsync(contract, "samenvatting", await loket.GetAsAsync("00000001000000000000", SimulatorContract.Url(loket.Afhandelen, contract, "samenvatting", id).ToString()), 403);
    }

    private static async Task<HttpResponseMessage> Send(ChainHarness.Simulators.Hosting.SimulatorServer server, ServiceContract contract, string idLevering, byte[] zip)
    {
        var envelope = $"""<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tr="{Ns}"><soap:Body><tr:aanleverenToepasbareRegels><tr:idLevering>{idLevering}</tr:idLevering><tr:bestand>{Convert.ToBase64String(zip)}</tr:bestand></tr:aanleverenToepasbareRegels></soap:Body></soap:Envelope>""";
        using var request = new HttpRequestMessage(HttpMethod.Post, SimulatorContract.Url(server, contract, "aanleveren")) { Content = new StringContent(envelope, Encoding.UTF8, "text/xml") };
        request.Headers.Add("SOAPAction", $"\"{Ns}/aanleverenToepasbareRegels\"");
        return await SimulatorContract.Http.SendAsync(request);
    }

    private static JsonObject Shape(JsonObject fact) => (JsonObject)fact["shape"]!;

    private static string Entry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
