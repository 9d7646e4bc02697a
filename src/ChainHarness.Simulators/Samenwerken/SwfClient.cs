using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>
/// A party's connection to the Samenwerkfunctionaliteit, identified by its OIN, as the simulated
/// municipal and partner systems (and the tests) use it. Answers come back as status and JSON. Over TLS
/// (<paramref name="connections"/> with the test CA) it presents a certificate for its OIN, which the SWF reads;
/// the OIN header stays for a SWF without TLS.
/// </summary>
public sealed class SwfClient(Uri baseUrl, string oin, PartyConnections? connections = null)
{
    private readonly string _root = baseUrl.ToString().TrimEnd('/');

    public string Oin { get; } = oin;

    public Task<SwfReply> GetAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<SwfReply> PostAsync(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken);

    public Task<SwfReply> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, path, null, cancellationToken);

    /// <summary>The items of a HAL collection (<c>_embedded.{name}</c>); empty when the call did not succeed.</summary>
    public async Task<IReadOnlyList<JsonNode>> ListAsync(string path, string name, CancellationToken cancellationToken = default)
    {
        var reply = await GetAsync(path, cancellationToken).ConfigureAwait(false);
        return reply.Body?["_embedded"]?[name] is JsonArray items ? [.. items.OfType<JsonNode>()] : [];
    }

    public async Task<SwfReply> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, _root + path);
        request.Headers.Add(PkioIdentity.OinHeader, Oin);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await (connections ?? PartyConnections.Plain).For(Oin).SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new SwfReply((int)response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
    }
}
