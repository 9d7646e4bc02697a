using System.Net;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step04bBekijkenViewer;

/// <summary>
/// Reads every page of a HAL collection of Ozon Presenteren v8 (1-based <c>page</c>, <c>size</c>;
/// the answer's <c>page{size,totalElements,number}</c> says when to stop) [seen].
/// </summary>
public static class OzonPages
{

    private const int Size = 100;
    private const int MostPages = 20;

    /// <summary>The items of every page, or the refusing answer when a page is not 200.</summary>
    public static async Task<(IReadOnlyList<T> Items, RestResponse? Refused)> ReadAllAsync<T>(
        StepContext context, string resource, Func<string?, IReadOnlyList<T>> parse, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        for (var page = 1; page <= MostPages; page++)
        {
            var request = OzonRequests.Page(resource, page, Size);
            var response = await context.SendAsync(DsoEndpoint.Ozon, request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (items, response);
            }

            items.AddRange(parse(response.Content));
            if (page >= TotalPages(response.Content))
            {
                break;
            }
        }

        return (items, null);
    }

    private static int TotalPages(string? json)
    {
        try
        {
            var page = JsonNode.Parse(json ?? "")?["page"];
            var total = (int?)page?["totalElements"];
            var size = (int?)page?["size"];
            return total is { } t && size is > 0 ? Math.Max(1, (t + size.Value - 1) / size.Value) : 1;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return 1;
        }
    }
}
