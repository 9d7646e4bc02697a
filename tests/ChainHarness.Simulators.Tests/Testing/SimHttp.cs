using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>HTTP against a started simulator, and a published Testdorp change for the simulators that show it.</summary>
internal static class SimHttp
{
    public static readonly HttpClient Client = new();

    public static async Task<(int Status, JsonNode? Body, string? ContentType)> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A GET whose answer is read as text (XML answers).</summary>
    public static async Task<(int Status, string Body, string? ContentType)> GetTextAsync(Uri url, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    public static Task<(int Status, JsonNode? Body, string? ContentType)> GetAsync(Uri url, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        return SendAsync(request);
    }

    public static Task<(int Status, JsonNode? Body, string? ContentType)> PostZipAsync(Uri url, byte[] zip)
    {
        var content = new ByteArrayContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
    }

    public static HttpRequestMessage PostJson(Uri url, string json, string? apiKey, string? contentCrs)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        if (contentCrs is not null)
        {
            request.Headers.Add("Content-Crs", contentCrs);
        }

        return request;
    }

    /// <summary>Publishes Testdorp's change in the world as a valid publicatieOpdracht would.</summary>
    public static LvbbPublicatie PublishTestdorp(SimulatedWorld world) =>
        LvbbPublisher.Publish(world, new LvbbOpdracht
        {
            IdLevering = "gm9999-test-1",
            IdBevoegdGezag = world.Profile.Municipality.Oin,
            Soort = LvbbOpdrachtSoort.Publicatie,
            OntvangenOp = world.Time.GetUtcNow(),
            Delivery = StopDeliveryReader.Read(DeliveryEdits.Testdorp(world)),
            Meldingen = [],
        });
}
