using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Uitvoeren;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Tests.Uitvoeren;

/// <summary>
/// The simulated uitvoeren service on the schuur rules, on 5 June 2026, with Ozon holding the activity:
/// its werkingsgebied (154000–156000, 462000–464000) and the schuurzone (155000–155100, 463000–463100).
/// </summary>
internal sealed class UitvoerenHarness : IDisposable
{
    public UitvoerenHarness(IToepasbareRegelsBron? bron = null, params string[] faults)
        : this(new ProfileOptions { Faults = [.. faults] }, new FakeTimeProvider(new DateTimeOffset(2026, 6, 5, 10, 0, 0, TimeSpan.Zero)), bron)
    {
    }

    public UitvoerenHarness(ProfileOptions profile, TimeProvider time, IToepasbareRegelsBron? bron = null)
    {
        World = new SimulatedWorld(profile, time);
        World.Ozon.Add(new PublishedLocation("nl.imow-gm9999.gebied.gemeente", "Testdorp", Box(154_000, 462_000, 156_000, 464_000)));
        World.Ozon.Add(new PublishedLocation(LoketDmn.Zone, "Schuurzone", Box(155_000, 463_000, 155_100, 463_100)));
        World.Ozon.Add(new PublishedActivity(LoketDmn.ActiviteitId, "Schuur bouwen", "gm9999", ["nl.imow-gm9999.gebied.gemeente"], null));
        Simulator = new UitvoerenSimulator(World, bron ?? new TestRegelsBron());
        Simulator.Start();
        Zoekinterface = new ZoekinterfaceSimulator(World, bron ?? new TestRegelsBron());
        Zoekinterface.Start();
    }

    public SimulatedWorld World { get; }

    public UitvoerenSimulator Simulator { get; }

    public ZoekinterfaceSimulator Zoekinterface { get; }

    public HttpClient Http { get; } = new();

    public Task<(int Status, JsonNode? Body)> PostAsync(string path, string json, bool contentCrs = true) =>
        PostAsync(Simulator, path, json, contentCrs ? "EPSG:28992" : null);

    public Task<(int Status, JsonNode? Body)> ZoekAsync(string json) => PostAsync(Zoekinterface, "/werkzaamheden/_zoek", json, null);

    public async Task<(int Status, JsonNode? Body)> PostAsync(ChainHarness.Simulators.Hosting.SimulatorServer server, string path, string json, string? contentCrs)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl.ToString().TrimEnd('/') + path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (contentCrs is not null)
        {
            request.Headers.Add("Content-Crs", contentCrs);
        }

        using var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonNode>());
    }

    /// <summary>The outcome for the schuur ref of a _bepaal call (conclusie or indieningsvereisten).</summary>
    public async Task<JsonNode> BepaalAsync(string soort, string antwoorden = "", double x = 155_050, double y = 463_050, string? datum = null)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $$"""
            { "functioneleStructuurRefs": [ { "functioneleStructuurRef": "{{LoketDmn.Ref}}", "antwoorden": [ {{antwoorden}} ] } ],
              "_geo": { "intersects": { "type": "Point", "coordinates": [ {{x}}, {{y}} ] } }{{(datum is null ? "" : $", \"datum\": \"{datum}\"")}} }
            """);
        var (_, json) = await PostAsync($"/{soort}/_bepaal", body);
        return json!.AsArray().Single(e => (string?)e!["functioneleStructuurRef"] == LoketDmn.Ref)!;
    }

    /// <summary>The activities (conclusie) or subactiviteiten (indieningsvereisten) of one outcome.</summary>
    public static IReadOnlyList<JsonNode> Activiteiten(JsonNode uitkomst) =>
        [.. (uitkomst["activiteiten"] ?? uitkomst["subactiviteiten"])!.AsArray().OfType<JsonNode>()];

    public static IReadOnlyList<string> VraagIds(JsonNode uitkomst) =>
        [.. Activiteiten(uitkomst).SelectMany(a => a["vraaggroepen"]!.AsArray()).SelectMany(g => g!["vragen"]!.AsArray()).Select(v => (string)v!["id"]!)];

    public static string? Conclusie(JsonNode uitkomst) =>
        Activiteiten(uitkomst).SelectMany(a => a["conclusies"]!.AsArray()).Select(c => (string?)c!["toestemmingstype"]!["code"]).FirstOrDefault();

    public static IReadOnlyList<string> Bijlagen(JsonNode uitkomst) =>
        [.. Activiteiten(uitkomst).SelectMany(a => a["bijlagen"]?.AsArray() ?? []).Select(b => (string)b!["documenttypeGeneriek"]!)];

    public void Dispose()
    {
        Http.Dispose();
        Simulator.Dispose();
        Zoekinterface.Dispose();
    }

    private static Polygon Box(double x1, double y1, double x2, double y2) =>
        new GeometryFactory().CreatePolygon([new(x1, y1), new(x2, y1), new(x2, y2), new(x1, y2), new(x1, y1)]);
}
