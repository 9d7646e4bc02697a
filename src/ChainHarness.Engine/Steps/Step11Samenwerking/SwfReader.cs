using ChainHarness.Engine.Chain;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step11Samenwerking;

/// <summary>
/// Reads a samenwerking from the Samenwerkfunctionaliteit as the bevoegd gezag (its OIN as the
/// caller), recording each exchange as evidence.
/// </summary>
internal sealed class SwfReader(StepContext context)
{
    /// <summary>The JSON body of a 200 answer, or null with <paramref name="problem"/> saying what came back instead.</summary>
    public async Task<(JsonNode? Body, Bilingual? Problem)> GetAsync(string path, CancellationToken cancellationToken)
    {
        var request = SwfRequests.Get(path, context.Profile.Municipality.Oin);
        var response = await context.SendAsync(DsoEndpoint.Samenwerken, request, cancellationToken).ConfigureAwait(false);
        if (response.ResponseStatus != ResponseStatus.Completed || (int)response.StatusCode != 200)
        {
            return (null, Texts.SamenwerkingTexts.SwfAnswered(ResponseText.Describe(response), path));
        }

        try
        {
            return (JsonNode.Parse(response.Content ?? ""), null);
        }
        catch (JsonException)
        {
            return (null, Texts.SamenwerkingTexts.SwfNotJson(path));
        }
    }

    /// <summary>The items of a HAL collection, or null with the problem.</summary>
    public async Task<(IReadOnlyList<JsonNode>? Items, Bilingual? Problem)> ListAsync(string path, string name, CancellationToken cancellationToken)
    {
        var (body, problem) = await GetAsync(path, cancellationToken).ConfigureAwait(false);
        return body is null ? (null, problem)
            : body["_embedded"]?[name] is JsonArray items ? ([.. items.OfType<JsonNode>()], null)
            : (null, Texts.SamenwerkingTexts.NoEmbedded(path, name));
    }

    public static string? Text(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
