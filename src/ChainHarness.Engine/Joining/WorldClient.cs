using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Joining;

/// <summary>
/// Reads a running world's description (<c>GET {world}/__world</c>) and tells it where a party's
/// messages go (<c>PUT {world}/__world/notificaties/{oin}</c>). Loopback only: a world is a local
/// <c>simulate</c>, never a remote host. Every failure is a <see cref="ConfigurationErrorException"/>
/// naming the URL and the cause, since a run cannot start without its world.
/// </summary>
public sealed class WorldClient(HttpClient http)
{
    public async Task<JoinedWorld> DescribeAsync(Uri world, CancellationToken cancellationToken)
    {
        var root = Check(world);
        var body = await SendAsync(new HttpRequestMessage(HttpMethod.Get, root + "/__world"), root, cancellationToken).ConfigureAwait(false);
        try
        {
            var node = JsonNode.Parse(body) ?? throw new JsonException("empty");
            return new JoinedWorld(
                new Uri(root),
                node["ready"]?.GetValue<bool>() == true,
                node["gemeente"]?["code"]?.GetValue<string>() ?? "",
                node["gemeente"]?["oin"]?.GetValue<string>() ?? "",
                node["iteratie"]?.GetValue<int>() ?? 1,
                node["behandeldienst"]?.GetValue<string>(),
                node["partner"]?.GetValue<string>(),
                Urls(node["landelijk"]),
                Urls(node["gemeentelijk"]),
                [.. (node["faults"] as JsonArray ?? []).Select(f => f?.GetValue<string>() ?? "")]);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or UriFormatException)
        {
            throw ConfigurationErrorException.WithErrors([$"--world: {root}/__world did not answer with a world description ({ex.Message}). Is it a ChainHarness 'simulate'?"]);
        }
    }

    /// <summary>Tells the world to push this party's verzoeknotificaties (<paramref name="verzoeken"/>) or SWF notifications to <paramref name="url"/>.</summary>
    public Task SubscribeAsync(Uri world, string oin, Uri url, bool verzoeken, CancellationToken cancellationToken)
    {
        var root = Check(world);
        var request = new HttpRequestMessage(HttpMethod.Put, $"{root}/__world/notificaties/{Uri.EscapeDataString(oin)}")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { url = url.ToString(), soort = verzoeken ? "verzoeken" : "swf" }), System.Text.Encoding.UTF8, "application/json"),
        };
        return SendAsync(request, root, cancellationToken);
    }

    private static string Check(Uri world) =>
        world.IsAbsoluteUri && world.Scheme == "http" && world.IsLoopback
            ? world.GetLeftPart(UriPartial.Authority)
            : throw ConfigurationErrorException.WithErrors([$"--world: '{world}' is not a loopback http URL such as http://127.0.0.1:9100 (the control port 'simulate' prints)."]);

    private async Task<string> SendAsync(HttpRequestMessage request, string root, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                return response.StatusCode == HttpStatusCode.OK
                    ? text
                    : throw ConfigurationErrorException.WithErrors([$"--world: {request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 200)]}"]);
            }
            catch (HttpRequestException ex)
            {
                throw ConfigurationErrorException.WithErrors([$"--world: no world answers at {root} ({Http.NoAnswer.Reason(ex)}). Start it first: chainharness simulate"]);
            }
        }
    }

    private static Dictionary<string, Uri> Urls(JsonNode? node) =>
        (node as JsonObject ?? []).Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => new Uri(p.Value!.GetValue<string>()), StringComparer.OrdinalIgnoreCase);
}
