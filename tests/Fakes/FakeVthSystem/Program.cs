// A fake VTH system of the fictional supplier ZaakWerk (fixtures/drivers/zaakwerk/README.md): its own process,
// no ChainHarness code. It receives the DSO's verzoeknotificatie, fetches the verzoek from Verzoek afhandelen
// (the verzoekreferenties: STAM XML, PDF, attachments) as its own OIN, opens a zaak and sends the applicant an
// ontvangstbevestiging. Misbehaviour, by --misbehave or FAKE_MISBEHAVE: bijlage-kwijt, geen-bevestiging.
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Xml.Linq;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var oin = builder.Configuration["oin"] ?? "00000001999999990000";
var misbehave = builder.Configuration["misbehave"] ?? Environment.GetEnvironmentVariable("FAKE_MISBEHAVE") ?? "";
var token = Environment.GetEnvironmentVariable("ZAAKWERK_TOKEN");
var app = builder.Build();
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var zaken = new ConcurrentDictionary<string, JsonObject>();
var brieven = new ConcurrentDictionary<string, JsonObject>();
var fouten = new ConcurrentQueue<string>();
var nummer = 0;

app.Use(async (context, next) =>
{
    if (token is not null && context.Request.Path.StartsWithSegments("/zaakwerk") && context.Request.Headers["X-ZaakWerk-Sleutel"] != token)
    {
        context.Response.StatusCode = 401;
        return;
    }

    await next();
});

// The DSO pushes here (the profile's Drivers:VthSystem:NotificationUrl).
// The verzoeknotificatie is XML: root verzoeknotificatie with verzoeknummer and verzoekreferenties (read by local name).
app.MapPost("/dso/verzoeknotificaties", async (HttpRequest request) =>
{
    XElement? melding;
    try
    {
        melding = XDocument.Parse(await new StreamReader(request.Body).ReadToEndAsync()).Root;
    }
    catch (System.Xml.XmlException)
    {
        return Results.BadRequest();
    }

    var verzoeknummer = melding?.Elements().FirstOrDefault(e => e.Name.LocalName == "verzoeknummer")?.Value;
    var referenties = melding?.Elements().FirstOrDefault(e => e.Name.LocalName == "verzoekreferenties")?.Value;
    if (melding?.Name.LocalName != "verzoeknotificatie" || verzoeknummer is null || referenties is null)
    {
        return Results.BadRequest();
    }

    _ = Task.Run(async () =>
    {
        try
        {
            await IntakeAsync(verzoeknummer, referenties);
        }
        catch (Exception ex)
        {
            fouten.Enqueue($"{verzoeknummer}: {ex.Message}");
        }
    });
    return Results.Accepted();
});

app.MapGet("/zaakwerk/v1/zaken", (string verzoek) =>
    zaken.TryGetValue(verzoek, out var zaak) ? Results.Json(new JsonObject { ["zaak"] = zaak.DeepClone() }) : Results.NotFound(new { fouten = fouten.ToArray() }));

app.MapGet("/zaakwerk/v1/zaken/{zaaknummer}/brieven", (string zaaknummer) =>
    Results.Json(new JsonObject { ["brieven"] = brieven.TryGetValue(zaaknummer, out var brief) ? new JsonArray(brief.DeepClone()) : new JsonArray() }));

await app.StartAsync();
Console.WriteLine($"LISTENING {app.Urls.First()}");
await app.WaitForShutdownAsync();

async Task IntakeAsync(string verzoeknummer, string referenties)
{
    var links = JsonNode.Parse(await GetTextAsync(referenties))?["_links"] ?? throw new InvalidOperationException("no _links");
    var stam = XDocument.Parse(await GetTextAsync(links["stam"]!["href"]!.GetValue<string>()));
    XNamespace ns = stam.Root!.Name.Namespace;
    var antwoorden = new JsonArray(stam.Descendants(ns + "specificatie")
        .Select(s => (JsonNode)new JsonObject { ["vraag"] = s.Element(ns + "vraagId")?.Value, ["antwoord"] = s.Element(ns + "antwoord")?.Value }).ToArray());
    var documenten = new JsonArray();
    var bijlagen = stam.Descendants(ns + "bijlage").ToList();
    if (misbehave == "bijlage-kwijt")
    {
        bijlagen = [.. bijlagen.Where(b => b.Element(ns + "vertrouwelijk")?.Value != "true")];
    }

    foreach (var bijlage in bijlagen)
    {
        var documentId = bijlage.Element(ns + "documentId")!.Value;
        var href = (links["bijlagen"] as JsonArray ?? []).Select(l => l?["href"]?.GetValue<string>()).First(h => h!.EndsWith("/" + documentId, StringComparison.Ordinal))!;
        var inhoud = await GetBytesAsync(href);
        documenten.Add(new JsonObject
        {
            ["bestand"] = bijlage.Element(ns + "bestandsnaam")!.Value,
            ["vertrouwelijk"] = bijlage.Element(ns + "vertrouwelijk")?.Value == "true",
            ["grootte"] = inhoud.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(inhoud)),
        });
    }

    var zaaknummer = $"ZW-{Interlocked.Increment(ref nummer):D5}";
    // STAM (official XSD) names the project in the verzoek's own <naam>; an older world wrote <projectnaam>.
    var projectnaam = (stam.Root.Element(ns + "naam") ?? stam.Root.Element(ns + "projectnaam"))?.Value ?? "";
    zaken[verzoeknummer] = new JsonObject
    {
        ["nummer"] = zaaknummer,
        ["verzoek"] = verzoeknummer,
        ["omschrijving"] = projectnaam,
        ["antwoorden"] = antwoorden,
        ["documenten"] = documenten,
    };
    if (misbehave == "geen-bevestiging")
    {
        return;
    }

    var initiatiefnemer = stam.Descendants(ns + "initiatiefnemer").First();
    // STAM (official XSD) spells it correspondentieAdres; an older world wrote correspondentieadres.
    var adres = (initiatiefnemer.Element(ns + "correspondentieAdres") ?? initiatiefnemer.Element(ns + "correspondentieadres"))!;
    brieven[zaaknummer] = new JsonObject
    {
        ["soort"] = "ontvangstbevestiging",
        ["verzoeknummer"] = verzoeknummer,
        ["project"] = projectnaam,
        ["aan"] = initiatiefnemer.Element(ns + "naam")?.Value,
        ["adres"] = new JsonObject
        {
            ["straat"] = adres.Element(ns + "straat")?.Value,
            ["huisnummer"] = adres.Element(ns + "huisnummer")?.Value,
            ["postcode"] = adres.Element(ns + "postcode")?.Value,
            ["woonplaats"] = adres.Element(ns + "woonplaats")?.Value,
        },
        ["bijlagen"] = new JsonArray([.. bijlagen.Select(b => (JsonNode)JsonValue.Create(b.Element(ns + "bestandsnaam")!.Value))]),
    };
}

async Task<string> GetTextAsync(string url) => System.Text.Encoding.UTF8.GetString(await GetBytesAsync(url));

async Task<byte[]> GetBytesAsync(string url)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, url);
    request.Headers.Add("X-Client-Oin", oin);
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadAsByteArrayAsync();
}
