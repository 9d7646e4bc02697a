using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb.Ebms;

/// <summary>A bronhouder's side of the ebMS koppelvlak in tests: register a CPA, send a leveringsverzoek with its ZIP, read the answers against the official XSD.</summary>
internal static class EbmsBronhouder
{
    public const string Bronhouder = "00000003560458830000";

    private static readonly ServiceContract Contract = ServiceContracts.Load("lvbb");

    public static void AssertOfficial(string xml, string versie)
    {
        var message = Contract.Message(versie == "1.2.0" ? "verzoekresultaat-1.2.0" : "verzoekresultaat");
        var shape = versie == "1.2.0"
            ? (System.Text.Json.Nodes.JsonObject)message["shape"]!
            : (System.Text.Json.Nodes.JsonObject)message["shape"]!["mime"]!["parts"]![1]!["shape"]!;
        Assert.That(ContractShapes.ValidateXml(Contract, shape, xml), Is.Empty, xml);
    }

    public static string? Verslag(string xml, string element) =>
        XDocument.Parse(xml).Root!.Element(RawEbms.Lvbb + "verslag")?.Element(RawEbms.Lvbb + element)?.Value;

    public static string? Eb(XDocument document, string element) => document.Descendants(RawEbms.Eb + element).FirstOrDefault()?.Value;

    public static async Task RegisterAsync(LvbbSimulator lvbb, BronhouderMsh msh, string versie)
    {
        using var http = new HttpClient();
        using var content = new StringContent($$"""{"endpoint":"{{msh.Endpoint}}","lvbbVersie":"{{versie}}"}""", Encoding.UTF8, "application/json");
        using var response = await http.PutAsync(new Uri($"{lvbb.BaseUrl}/ebms/cpa/{Bronhouder}"), content);
        Assert.That((int)response.StatusCode, Is.EqualTo(204), await response.Content.ReadAsStringAsync());
    }

    public static Task<(int Status, XDocument Answer)> SendAsync(LvbbSimulator lvbb, string verzoek, string idLevering, byte[] zip, string messageId)
    {
        var soap = RawEbms.Envelope(Bronhouder, verzoek, "conv-" + idLevering, messageId, "verzoek@gm.test", "zip@gm.test");
        var (body, type) = RawEbms.Multipart(
            ("soap@gm.test", "text/xml; charset=UTF-8", Encoding.UTF8.GetBytes(soap)),
            ("verzoek@gm.test", "text/xml; charset=UTF-8", Encoding.UTF8.GetBytes(RawEbms.Leveringsverzoek(verzoek, idLevering))),
            ("zip@gm.test", "application/zip", zip));
        return PostAsync(lvbb, body, type);
    }

    public static async Task<(int Status, XDocument Answer)> PostAsync(LvbbSimulator lvbb, byte[] body, string type)
    {
        using var http = new HttpClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{lvbb.BaseUrl}/ebms")) { Content = content };
        request.Headers.Add("SOAPAction", "\"ebXML\"");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static EbmsRun Start(DateOnly today)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        var lvbb = (LvbbSimulator)new LvbbSimulator(TestWorlds.Create(time, new ProfileOptions())).Start();
        return new EbmsRun(lvbb, time);
    }
}
