// A fake plan software of the fictional supplier PlanWerk (fixtures/drivers/planwerk/README.md): its own process,
// no ChainHarness code. It exports the world's sample change (GET --voorbeeld), sends opdrachten to the LVBB and
// shows their status. By default it speaks the LVBB's own koppelvlak, ebMS 2.0 (LvbbEbms): it registers its CPA
// endpoint (PUT {--lvbb}/ebms/cpa/{--oin}), sends each opdracht as an ebMS message (POST {--lvbb}/ebms) and learns the
// outcome from the VerzoekResultaat the LVBB sends to its POST /ebms. `--koppelvlak http` uses the simulator's own
// REST upload instead (POST {--lvbb}/opdrachten, GET …/{id}/verslag). Misbehaviour, by --misbehave or
// FAKE_MISBEHAVE: verkeerde-status, datum-verleden, blijft-in-behandeling.
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var lvbb = (builder.Configuration["lvbb"] ?? throw new ArgumentException("--lvbb <the world's LVBB URL> is required")).TrimEnd('/');
var voorbeeld = builder.Configuration["voorbeeld"] ?? throw new ArgumentException("--voorbeeld <the world's sample export URL> is required");
var misbehave = builder.Configuration["misbehave"] ?? Environment.GetEnvironmentVariable("FAKE_MISBEHAVE") ?? "";
var token = Environment.GetEnvironmentVariable("PLANWERK_TOKEN");
var apiKey = Environment.GetEnvironmentVariable("CHAINHARNESS_SIMULATED_API_KEY") ?? "chainharness-simulated-key";
var gemeente = builder.Configuration["gemeente"] ?? "gm9999";
var oin = builder.Configuration["oin"] ?? "00000001999999990000";
var ebms = (builder.Configuration["koppelvlak"] ?? "ebms") switch
{
    "ebms" => true,
    "http" => false,
    var other => throw new ArgumentException($"--koppelvlak {other}: use ebms (the LVBB's koppelvlak) or http (the simulator's REST upload)"),
};
var app = builder.Build();
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var wijzigingen = new ConcurrentDictionary<string, byte[]>();
var sent = 0;
var verslagen = new ConcurrentDictionary<string, string>(); // idLevering → the stand of the last VerzoekResultaat (ebMS)

app.Use(async (context, next) =>
{
    if (token is not null && context.Request.Path != "/ebms" && context.Request.Headers["X-PlanWerk-Sleutel"] != token)
    {
        context.Response.StatusCode = 401;
        return;
    }

    await next();
});

app.MapPost("/api/v2/wijzigingen", async () =>
{
    using var response = await http.GetAsync(voorbeeld);
    if (!response.IsSuccessStatusCode)
    {
        return Results.Problem($"the sample export answered {(int)response.StatusCode}", statusCode: 502);
    }

    var zip = await response.Content.ReadAsByteArrayAsync();
    if (misbehave == "datum-verleden")
    {
        zip = Rewrite(zip, opdracht => opdracht.Descendants().First(e => e.Name.LocalName == "datumBekendmaking").Value = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"));
    }

    var id = $"W{Interlocked.Increment(ref sent)}";
    wijzigingen[id] = zip;
    return Results.Json(new { wijziging = new { id, gemeente } }, statusCode: 201);
});

app.MapGet("/api/v2/wijzigingen/{id}/levering", (string id, HttpResponse response) =>
{
    if (!wijzigingen.TryGetValue(id, out var zip))
    {
        return Results.NotFound();
    }

    response.Headers["X-Id-Levering"] = IdLevering(zip);
    return Results.File(zip, "application/zip");
});

app.MapPost("/api/v2/wijzigingen/{id}/lvbb-opdrachten", async (string id, JsonObject body) =>
{
    if (!wijzigingen.TryGetValue(id, out var zip))
    {
        return Results.NotFound();
    }

    var soort = body["soort"]?.GetValue<string>() == "publicatie" ? "publicatieOpdracht" : "validatieOpdracht";
    var idLevering = $"{gemeente}-planwerk-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Interlocked.Increment(ref sent)}";
    var opdracht = Rewrite(zip, o =>
    {
        o.Root!.Name = o.Root.Name.Namespace + soort;
        o.Root.Elements().First(e => e.Name.LocalName == "idLevering").Value = idLevering;
    });
    using var request = ebms ? EbmsRequest(soort == "publicatieOpdracht" ? "publicatieVerzoek" : "validatieVerzoek", idLevering, opdracht) : UploadRequest(opdracht);
    using var answer = await http.SendAsync(request);
    var text = await answer.Content.ReadAsStringAsync();
    var ontvangen = ebms ? answer.StatusCode == HttpStatusCode.OK && LvbbEbms.IsAcknowledgment(text) : answer.StatusCode == HttpStatusCode.Accepted;
    var resultaat = ontvangen ? "ONTVANGEN" : "AFGEWEZEN";
    return Results.Json(new { opdracht = new { idLevering, resultaat, toelichting = $"LVBB ({(ebms ? "ebMS" : "REST-upload")}) {(int)answer.StatusCode}: {text[..Math.Min(text.Length, 300)]}" } }, statusCode: 202);
});

// The LVBB's answers over ebMS: each VerzoekResultaat says how far the opdracht got.
app.MapPost("/ebms", async (HttpRequest request) =>
{
    using var body = new MemoryStream();
    await request.Body.CopyToAsync(body);
    if (LvbbEbms.Resultaat(body.ToArray(), request.ContentType ?? "") is { } resultaat)
    {
        verslagen[resultaat.IdLevering] = resultaat.Stand;
    }

    return Results.Ok();
});

app.MapGet("/api/v2/lvbb-opdrachten/{idLevering}/status", async (string idLevering) =>
{
    var status = ebms ? EbmsStatus(verslagen.GetValueOrDefault(idLevering)) : await UploadStatus(idLevering);
    var (code, tekst) = (status, misbehave) switch
    {
        (_, "blijft-in-behandeling") => ("IN_BEHANDELING", "In behandeling"),
        ("gepubliceerd", "verkeerde-status") => ("FOUT", "Technische fout bij het publiceren"),
        ("gepubliceerd", _) => ("GEPUBLICEERD", "Gepubliceerd"),
        ("afgekeurd", _) => ("AFGEKEURD", "Afgekeurd door de LVBB"),
        _ => ("IN_BEHANDELING", "In behandeling"),
    };
    return Results.Text($"<status><code>{code}</code><tekst>{tekst}</tekst></status>", "application/xml");
});

await app.StartAsync();
if (ebms)
{
    // What a CPA would say: where the LVBB sends its answers to this bronhouder.
    using var cpa = new HttpRequestMessage(HttpMethod.Put, $"{lvbb}/ebms/cpa/{oin}") { Content = JsonContent.Create(new { endpoint = app.Urls.First().TrimEnd('/') + "/ebms" }) };
    using var registered = await http.SendAsync(cpa);
    if (!registered.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"PlanWerk: the LVBB refused the CPA for OIN {oin} ({(int)registered.StatusCode}): {await registered.Content.ReadAsStringAsync()}");
        return 1;
    }
}

Console.WriteLine($"LISTENING {app.Urls.First()}");
await app.WaitForShutdownAsync();
return 0;

HttpRequestMessage EbmsRequest(string verzoek, string idLevering, byte[] opdracht)
{
    var (body, contentType) = LvbbEbms.Message(oin, verzoek, idLevering, opdracht);
    var request = new HttpRequestMessage(HttpMethod.Post, $"{lvbb}/ebms") { Content = new ByteArrayContent(body) };
    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
    request.Headers.Add("SOAPAction", "\"ebXML\"");
    return request;
}

HttpRequestMessage UploadRequest(byte[] opdracht)
{
    var request = new HttpRequestMessage(HttpMethod.Post, $"{lvbb}/opdrachten") { Content = new ByteArrayContent(opdracht) };
    request.Content.Headers.ContentType = new("application/zip");
    request.Headers.Add("x-api-key", apiKey);
    return request;
}

async Task<string?> UploadStatus(string idLevering)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, $"{lvbb}/opdrachten/{Uri.EscapeDataString(idLevering)}/verslag");
    request.Headers.Add("x-api-key", apiKey);
    using var answer = await http.SendAsync(request);
    return answer.StatusCode == HttpStatusCode.OK ? JsonNode.Parse(await answer.Content.ReadAsStringAsync())?["status"]?.GetValue<string>() : null;
}

// The verslag's uitkomst in the words of the REST upload's status: gepubliceerd, afgekeurd, or still in behandeling.
static string? EbmsStatus(string? stand) => stand switch
{
    "gepubliceerd" => "gepubliceerd",
    "niet-valide" or "behandeling-mislukt" => "afgekeurd",
    _ => null,
};

// The delivery with its opdracht.xml changed.
static byte[] Rewrite(byte[] zip, Action<XDocument> change)
{
    using var output = new MemoryStream();
    using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
    using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
    {
        foreach (var entry in source.Entries)
        {
            using var read = entry.Open();
            using var write = target.CreateEntry(entry.FullName).Open();
            if (entry.Name == "opdracht.xml")
            {
                var document = XDocument.Load(read);
                change(document);
                document.Save(write);
            }
            else
            {
                read.CopyTo(write);
            }
        }
    }

    return output.ToArray();
}

static string IdLevering(byte[] zip)
{
    using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
    using var stream = archive.GetEntry("opdracht.xml")!.Open();
    return XDocument.Load(stream).Root!.Elements().First(e => e.Name.LocalName == "idLevering").Value;
}
