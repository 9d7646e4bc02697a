using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ChainHarness.Engine.Ports;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace ChainHarness.Simulators.Tests.Drivers;

/// <summary>
/// A separate WireMock server playing PlanWerk, a fictional supplier's plan software API (see
/// <c>fixtures/drivers/planwerk/README.md</c>). Behind its API it works like the simulated plan
/// software of the run, which it is given once the run's simulators are up: so what it sends
/// really reaches the simulated LVBB. Like some real APIs, it echoes a wrong key in its 401 answer.
/// </summary>
internal sealed class PlanWerkApi : IDisposable
{
    public const string Token = "planwerk-test-sleutel";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly ConcurrentDictionary<string, PlanDelivery> _changes = new();
    private IPlanSoftware? _backend;

    public PlanWerkApi()
    {
        Map("POST", "^/api/v2/wijzigingen$", CreateAsync);
        Map("GET", "^/api/v2/wijzigingen/([^/]+)/levering$", ExportAsync);
        Map("POST", "^/api/v2/wijzigingen/([^/]+)/lvbb-opdrachten$", SubmitAsync);
        Map("GET", "^/api/v2/lvbb-opdrachten/([^/]+)/status$", StatusAsync);
    }

    public string BaseUrl => _server.Url + "/api/v2";

    public int Requests => _server.LogEntries.Count();

    /// <summary>The plan software behind the API: the run's simulated one.</summary>
    public void Attach(IPlanSoftware backend) => _backend = backend;

    public void Dispose() => _server.Dispose();

    private void Map(string method, string path, Func<IRequestMessage, string, Task<ResponseMessage>> handler) =>
        _server.Given(Request.Create().WithPath(new RegexMatcher(path)).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(async request =>
                Key(request) is var key && key != Token
                    ? Reply(401, JsonSerializer.Serialize(new { fout = $"sleutel '{key}' is onbekend" }))
                    : await handler(request, System.Text.RegularExpressions.Regex.Match(request.Path, path).Groups[1].Value)));

    private static string? Key(IRequestMessage request) =>
        request.Headers is { } headers && headers.TryGetValue("X-PlanWerk-Sleutel", out var values) ? values.FirstOrDefault() : null;

    private async Task<ResponseMessage> CreateAsync(IRequestMessage request, string _)
    {
        var gemeente = JsonDocument.Parse(request.Body!).RootElement.GetProperty("gemeente").GetString();
        var id = $"W-{_changes.Count + 1}";
        _changes[id] = await _backend!.ProduceChangeAsync(CancellationToken.None);
        return Reply(201, JsonSerializer.Serialize(new { wijziging = new { id, gemeente } }));
    }

    private Task<ResponseMessage> ExportAsync(IRequestMessage request, string id)
    {
        if (!_changes.TryGetValue(id, out var delivery))
        {
            return Task.FromResult(Reply(404, "{}"));
        }

        var reply = new ResponseMessage { StatusCode = 200, BodyData = new BodyData { BodyAsBytes = delivery.Zip, DetectedBodyType = BodyType.Bytes } };
        reply.AddHeader("Content-Type", "application/zip");
        reply.AddHeader("X-Id-Levering", delivery.IdLevering);
        return Task.FromResult(reply);
    }

    private async Task<ResponseMessage> SubmitAsync(IRequestMessage request, string id)
    {
        var soort = JsonDocument.Parse(request.Body!).RootElement.GetProperty("soort").GetString() == "validatie" ? OpdrachtSoort.Validatie : OpdrachtSoort.Publicatie;
        var submission = await _backend!.SubmitAsync(_changes[id], soort, CancellationToken.None);
        var opdracht = new { idLevering = submission.IdLevering, resultaat = submission.Accepted ? "ONTVANGEN" : "AFGEWEZEN", toelichting = submission.Detail };
        return Reply(202, JsonSerializer.Serialize(new { opdracht }));
    }

    private async Task<ResponseMessage> StatusAsync(IRequestMessage request, string idLevering)
    {
        var status = await _backend!.GetStatusAsync(idLevering, CancellationToken.None);
        var code = status.State switch
        {
            PlanPublicationState.Gepubliceerd => "GEPUBLICEERD",
            PlanPublicationState.InBehandeling => "IN_BEHANDELING",
            PlanPublicationState.Afgekeurd => "AFGEKEURD",
            PlanPublicationState.Mislukt => "FOUT",
            _ => "ONBEKEND",
        };
        return Reply(200, $"<status><code>{code}</code><tekst>{System.Security.SecurityElement.Escape(status.Shown)}</tekst></status>", "application/xml");
    }

    private static ResponseMessage Reply(int status, string body, string contentType = "application/json")
    {
        var reply = new ResponseMessage { StatusCode = status, BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 } };
        reply.AddHeader("Content-Type", contentType);
        return reply;
    }
}
