using ChainHarness.Engine.Configuration;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using RestSharp;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// Looks into the Samenwerkfunctionaliteit as one party (its OIN as the caller) for the observe
/// drivers of step 11: which samenwerking a verzoek has, its documents and actieverzoeken, the
/// party's notifications. Null or empty when the SWF does not answer 200 with JSON.
/// </summary>
internal sealed class SwfWatch(EndpointDirectory endpoints, string oin)
{
    private readonly EvidenceLog _evidence = new(SecretRedactor.None);

    /// <summary>The newest samenwerking this party takes part in for the verzoek.</summary>
    public async Task<string?> SamenwerkingAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        var request = new RestRequest("samenwerkingen/_zoek", Method.Post).AddStringBody(JsonSerializer.Serialize(new { verzoeknummer }), "application/json");
        var items = Items(await SendAsync(request, cancellationToken).ConfigureAwait(false), "samenwerkingen");
        return items.Select(i => Text(i, "samenwerkingId")).OfType<string>().LastOrDefault();
    }

    /// <summary>The actieverzoeken of a samenwerking: <c>GET actieverzoeken?samenwerkingId=</c>, as the v5 link <c>actieverzoeken</c> (SEEN).</summary>
    public async Task<IReadOnlyList<JsonNode>> ActieverzoekenAsync(string samenwerkingId, CancellationToken cancellationToken) =>
        Items(await SendAsync(new RestRequest("actieverzoeken").AddQueryParameter("samenwerkingId", samenwerkingId), cancellationToken).ConfigureAwait(false), "actieverzoeken");

    public async Task<IReadOnlyList<JsonNode>> ListAsync(string path, string name, CancellationToken cancellationToken) =>
        Items(await SendAsync(new RestRequest(path), cancellationToken).ConfigureAwait(false), name);

    public Task DeleteAsync(string path, CancellationToken cancellationToken) => SendAsync(new RestRequest(path, Method.Delete), cancellationToken);

    public static string? Text(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private async Task<JsonNode?> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        request.AddHeader(PkioIdentity.OinHeader, oin);
        var response = await endpoints.Get(DsoEndpoint.Samenwerken).SendAsync(request, _evidence, cancellationToken).ConfigureAwait(false);
        if (response.ResponseStatus != ResponseStatus.Completed || (int)response.StatusCode is not (200 or 201))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(response.Content ?? "");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyList<JsonNode> Items(JsonNode? body, string name) =>
        body?["_embedded"]?[name] is JsonArray items ? [.. items.OfType<JsonNode>()] : [];
}
