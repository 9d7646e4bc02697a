// A fake plan software of the fictional supplier PlanWerk (fixtures/drivers/planwerk/README.md): its own process,
// no ChainHarness code. It exports the world's sample change (GET --voorbeeld), sends opdrachten to the LVBB
// facade (POST {--lvbb}/opdrachten, GET …/{id}/verslag) and shows their status. Misbehaviour, by --misbehave or
// FAKE_MISBEHAVE: verkeerde-status, datum-verleden, blijft-in-behandeling.
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
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
var app = builder.Build();
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var wijzigingen = new ConcurrentDictionary<string, byte[]>();
var sent = 0;

app.Use(async (context, next) =>
{
    if (token is not null && context.Request.Headers["X-PlanWerk-Sleutel"] != token)
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
    using var request = new HttpRequestMessage(HttpMethod.Post, $"{lvbb}/opdrachten") { Content = new ByteArrayContent(opdracht) };
    request.Content.Headers.ContentType = new("application/zip");
    request.Headers.Add("x-api-key", apiKey);
    using var answer = await http.SendAsync(request);
    var text = await answer.Content.ReadAsStringAsync();
    var resultaat = answer.StatusCode == HttpStatusCode.Accepted ? "ONTVANGEN" : "AFGEWEZEN";
    return Results.Json(new { opdracht = new { idLevering, resultaat, toelichting = $"LVBB {(int)answer.StatusCode}: {text[..Math.Min(text.Length, 300)]}" } }, statusCode: 202);
});

app.MapGet("/api/v2/lvbb-opdrachten/{idLevering}/status", async (string idLevering) =>
{
    using var request = new HttpRequestMessage(HttpMethod.Get, $"{lvbb}/opdrachten/{Uri.EscapeDataString(idLevering)}/verslag");
    request.Headers.Add("x-api-key", apiKey);
    using var answer = await http.SendAsync(request);
    var status = answer.StatusCode == HttpStatusCode.OK
        ? JsonNode.Parse(await answer.Content.ReadAsStringAsync())?["status"]?.GetValue<string>()
        : null;
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
Console.WriteLine($"LISTENING {app.Urls.First()}");
await app.WaitForShutdownAsync();

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
