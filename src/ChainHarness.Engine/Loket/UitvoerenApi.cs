using System.Globalization;
using System.Text.Json;
using ChainHarness.Engine.Configuration;
using RestSharp;

namespace ChainHarness.Engine.Loket;

/// <summary>
/// Requests to Toepasbare regels uitvoeren v3 and Zoekinterface v2, relative to the <c>Uitvoeren</c>
/// endpoint's base URL (<c>…/publiek/toepasbare-regels/api</c>). Paths and the request body follow the
/// domain brief ([seen]); the response fields (<c>activiteiten, vragen, conclusie, documenten</c>) are our design.
/// </summary>
public static class UitvoerenApi
{
    public const string Zoeken = "zoekinterface/v2/werkzaamheden/_zoek";
    public const string Conclusie = "toepasbareregelsuitvoerenservices/v3/conclusie/_bepaal";
    public const string Indieningsvereisten = "toepasbareregelsuitvoerenservices/v3/indieningsvereisten/_bepaal";

    public static RestRequest Zoek(string zoekterm) =>
        new RestRequest(Zoeken, Method.Post).AddJsonBody(new { zoekterm });

    public static RestRequest Bepaal(string path, string functioneleStructuurRef, IReadOnlyDictionary<string, string> antwoorden, LocationOptions locatie, DateOnly datum) =>
        new RestRequest(path, Method.Post)
            .AddHeader("Content-Crs", "EPSG:28992")
            .AddJsonBody(new Dictionary<string, object>
            {
                ["functioneleStructuurRefs"] = new[] { new { functioneleStructuurRef, antwoorden = antwoorden.Select(a => new { id = a.Key, antwoord = a.Value }) } },
                ["_geo"] = new { intersects = new { type = "Point", coordinates = new[] { locatie.X, locatie.Y } } },
                ["datum"] = datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });

    /// <summary>The werkzaamheden found, each with the activities it leads to.</summary>
    public static IReadOnlyList<GevondenWerkzaamheid> Werkzaamheden(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return JsonRead.Child(doc.RootElement, "_embedded") is { } embedded
            ? [.. JsonRead.Items(embedded, "werkzaamheden").Select(w => new GevondenWerkzaamheid(
                JsonRead.Text(w, "naam") ?? "",
                JsonRead.Text(w, "functioneleStructuurRef") ?? "",
                [.. JsonRead.Items(w, "activiteiten").Select(a => JsonRead.Text(a, "functioneleStructuurRef")).OfType<string>()]))]
            : [];
    }

    /// <summary>The outcome for one functioneleStructuurRef, or null when the answer does not mention it.</summary>
    public static BepaalUitkomst? Uitkomst(string json, string functioneleStructuurRef)
    {
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("functioneleStructuurRefs", out var refs))
        {
            return null;
        }

        foreach (var r in refs.EnumerateArray().Where(r => JsonRead.Text(r, "functioneleStructuurRef") == functioneleStructuurRef))
        {
            return new BepaalUitkomst(
                [.. JsonRead.Items(r, "activiteiten").Select(a => new RegelActiviteit(JsonRead.Text(a, "identificatie") ?? "", JsonRead.Text(a, "naam") ?? ""))],
                [.. JsonRead.Items(r, "vragen").Select(v => new OpenVraag(JsonRead.Text(v, "id") ?? "", JsonRead.Text(v, "vraag") ?? ""))],
                r.TryGetProperty("conclusie", out var c) && c.ValueKind == JsonValueKind.Object ? JsonRead.Text(c, "code") : null,
                [.. JsonRead.Items(r, "documenten").Select(d => new GevraagdDocument(JsonRead.Text(d, "id") ?? "", JsonRead.Text(d, "bijlageType") ?? ""))]);
        }

        return null;
    }
}
