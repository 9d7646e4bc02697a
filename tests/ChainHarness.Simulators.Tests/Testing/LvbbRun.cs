using System.Text.Json.Nodes;
using System.Xml.Linq;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Ozon;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>
/// One world seen from outside as a supplier and a reader see it: the simulated LVBB's plain HTTP upload and verslag,
/// Ozon Presenteren (what version of the omgevingsplan it presents) and officielebekendmakingen.nl's SRU search.
/// </summary>
internal sealed class LvbbRun : IDisposable
{
    private static readonly XNamespace Sru = "http://docs.oasis-open.org/ns/search-ws/sruResponse";
    private static readonly XNamespace Dcterms = "http://purl.org/dc/terms/";
    private readonly OzonSimulator _ozon;
    private readonly BekendmakingenSimulator _sru;

    public LvbbRun(DateTimeOffset? now = null, ProfileOptions? profile = null)
    {
        Time = new FakeTimeProvider(now ?? TestWorlds.Now);
        World = TestWorlds.Create(Time, profile ?? new ProfileOptions());
        Lvbb = (LvbbSimulator)new LvbbSimulator(World).Start();
        _ozon = (OzonSimulator)new OzonSimulator(World).Start();
        _sru = (BekendmakingenSimulator)new BekendmakingenSimulator(World).Start();
    }

    public FakeTimeProvider Time { get; }

    public SimulatedWorld World { get; }

    public LvbbSimulator Lvbb { get; }

    public string Regeling => TestdorpPlan.RegelingWork(World.Profile.Municipality.Code);

    /// <summary>POST /opdrachten, then (when taken in) the processing delay, then the verslag.</summary>
    public async Task<(int Status, JsonNode? Answer, JsonNode? Verslag)> SendAsync(byte[] zip)
    {
        var idLevering = Engine.Stop.StopDeliveryReader.TryRead(zip, out _)?.Opdracht?.IdLevering ?? "";
        var (status, answer, _) = await SimHttp.PostZipAsync(new Uri($"{Lvbb.BaseUrl}/opdrachten"), zip);
        if (status != 202)
        {
            return (status, answer, null);
        }

        Time.Advance(TestWorlds.LvbbDelay);
        var (_, verslag, _) = await SimHttp.GetAsync(new Uri($"{Lvbb.BaseUrl}/opdrachten/{Uri.EscapeDataString(idLevering)}/verslag"));
        return (status, answer, verslag);
    }

    /// <summary>What Ozon presents of the omgevingsplan: GET /regelingen/{uri}.</summary>
    public async Task<JsonNode> PresentedAsync()
    {
        var (status, body, _) = await SimHttp.GetAsync(new Uri($"{_ozon.BaseUrl}/regelingen/{Engine.Stop.AknIds.UriIdentificatie(Regeling)}"), EndpointOptions.SimulatedApiKey);
        Assert.That(status, Is.EqualTo(200), body?.ToJsonString());
        return body!;
    }

    /// <summary>The wIds of the rule texts Ozon annotates in the omgevingsplan.</summary>
    public async Task<IReadOnlyList<string?>> AnnotatedAsync()
    {
        var (_, body, _) = await SimHttp.GetAsync(new Uri($"{_ozon.BaseUrl}/regelingen/{Engine.Stop.AknIds.UriIdentificatie(Regeling)}/regeltekstannotaties?size=100"), EndpointOptions.SimulatedApiKey);
        return [.. (body?["_embedded"]?["regeltekstannotaties"]?.AsArray() ?? []).Select(a => (string?)a!["regeltekst"]!["wId"])];
    }

    /// <summary>The identifiers of every publication officielebekendmakingen.nl lists for the municipality.</summary>
    public Task<IReadOnlyList<string>> BekendmakingenAsync() =>
        SearchAsync(_sru, $"c.product-area==officielepublicaties and dt.creator==\"{World.Profile.Municipality.Name}\"");

    /// <summary>The identifiers officielebekendmakingen.nl lists for a publication searched by full text (e.g. its besluit's AKN).</summary>
    public Task<IReadOnlyList<string>> BekendmakingenAsync(string term) =>
        SearchAsync(_sru, $"c.product-area==officielepublicaties and cql.textAndIndexes=\"{term}\"");

    /// <summary>SRU searchRetrieve on a site: the dcterms:identifier of every record.</summary>
    public static async Task<IReadOnlyList<string>> SearchAsync(ChainHarness.Simulators.Hosting.SimulatorServer site, string cql)
    {
        var (status, body, _) = await SimHttp.GetTextAsync(new Uri($"{site.BaseUrl}?operation=searchRetrieve&version=2.0&recordSchema=gzd&query={Uri.EscapeDataString(cql)}"));
        Assert.That(status, Is.EqualTo(200), body);
        var xml = XDocument.Parse(body);
        Assert.That(xml.Root!.Name, Is.EqualTo(Sru + "searchRetrieveResponse"), body);
        return [.. xml.Descendants(Dcterms + "identifier").Select(e => e.Value)];
    }

    public void Dispose()
    {
        _sru.Dispose();
        _ozon.Dispose();
        Lvbb.Dispose();
    }
}
