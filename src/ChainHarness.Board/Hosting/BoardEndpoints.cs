using System.Security.Cryptography;
using System.Text.Json;
using ChainHarness.Board.Live;
using ChainHarness.Board.Options;
using ChainHarness.Board.Page;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Engine.Steps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace ChainHarness.Board.Hosting;

/// <summary>
/// The board's four addresses: the page, the event stream (server-sent events), starting a run,
/// and one step's detail. Paths are relative on the page, so the board works under any prefix.
/// </summary>
internal static class BoardEndpoints
{
    public static void Map(IEndpointRouteBuilder app, BoardOptions options, BoardChain chain, BoardRuns runs, EventStream events, CancellationToken stopping)
    {
        app.MapGet("/", (HttpContext http) => Page(http, options, chain));
        app.MapGet("/events", (HttpContext http) => StreamAsync(http, events, stopping));
        app.MapPost("/runs", (Func<HttpContext, Task<IResult>>)(http => StartAsync(http, chain, runs)));
        app.MapGet("/steps/{id}", (HttpContext http, string id) => Detail(http, id, runs));
    }

    private static IResult Page(HttpContext http, BoardOptions options, BoardChain chain)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        // Nothing but this page's own script, styles and the board's own addresses: no CDN, no outside request.
        http.Response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(BoardPage.Render(options, chain, nonce), "text/html; charset=utf-8");
    }

    private static async Task StreamAsync(HttpContext http, EventStream events, CancellationToken stopping)
    {
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            await http.Response.WriteAsync("retry: 1000\n\n", done.Token);
            await foreach (var e in events.Subscribe(done.Token).ReadAllAsync(done.Token))
            {
                await http.Response.WriteAsync(e.ToWire(), done.Token);
                await http.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the board stops.
        }
    }

    private static async Task<IResult> StartAsync(HttpContext http, BoardChain chain, BoardRuns runs)
    {
        if (!SameOrigin(http))
        {
            return Results.Problem(statusCode: 403, title: "Runs start only from the board's own page.");
        }

        string? key = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            key = body.RootElement.TryGetProperty("scenario", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
        }

        if (ScenarioCatalog.Find(chain.Scenarios, key) is not { } scenario)
        {
            return Results.Problem(statusCode: 400, title: $"Unknown scenario '{key}'. Known: {string.Join(", ", chain.Scenarios.Select(s => s.Naam))}.");
        }

        return runs.TryStart(scenario) is { } runId
            ? Results.Json(new { runId, scenario = scenario.Naam }, statusCode: 202)
            : Results.Problem(statusCode: 409, title: "A run is still going: wait until it is done.");
    }

    private static IResult Detail(HttpContext http, string id, BoardRuns runs)
    {
        if (!StepId.TryParse(id, out var stepId) || KnownSteps.All.FirstOrDefault(s => s.Id == stepId) is not { } step)
        {
            return Results.NotFound();
        }

        var english = string.Equals(http.Request.Query["lang"], "en", StringComparison.OrdinalIgnoreCase);
        var text = ReportText.For(english ? ReportLanguage.English : ReportLanguage.Dutch);
        return Results.Content(StepDetailHtml.Render(step, runs.Finished(stepId), text), "text/html; charset=utf-8");
    }

    /// <summary>A browser sends Origin with a cross-site POST: another site open in the coach's browser cannot start runs.</summary>
    private static bool SameOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
