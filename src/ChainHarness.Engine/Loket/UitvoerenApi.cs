using System.Globalization;
using System.Text.Json;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using RestSharp;

namespace ChainHarness.Engine.Loket;

/// <summary>
/// Requests to Toepasbare regels uitvoeren services v3 (relative to the <c>Uitvoeren</c> endpoint,
/// <c>…/toepasbareregelsuitvoerenservices/v3</c>) and Zoekinterface v2 (the <c>Zoekinterface</c> endpoint,
/// <c>…/zoekinterface/v2</c>), and lenient readers of their answers. Paths, the request body and the
/// answer's shape (a plain array for <c>_bepaal</c>, HAL for the search) are [seen]; <c>datum</c> in the
/// body and an activity's own <c>functioneleStructuurRef</c> are our additions.
/// </summary>
public static class UitvoerenApi
{
    public const string Zoeken = "werkzaamheden/_zoek";
    public const string Conclusie = "conclusie/_bepaal";
    public const string Indieningsvereisten = "indieningsvereisten/_bepaal";

    public static RestRequest Zoek(string zoekterm) =>
        new RestRequest(Zoeken, Method.Post)
            .AddQueryParameter("page", "1")
            .AddQueryParameter("pageSize", "20")
            .AddHeader("Accept", "application/hal+json")
            .AddJsonBody(new { zoekterm, sortering = "besteMatch" });

    public static RestRequest Bepaal(string path, string functioneleStructuurRef, IReadOnlyDictionary<string, string> antwoorden, LocationOptions locatie, DateOnly datum) =>
        new RestRequest(path, Method.Post)
            .AddHeader("Content-Crs", "EPSG:28992")
            .AddJsonBody(new Dictionary<string, object>
            {
                ["functioneleStructuurRefs"] = new[] { new { functioneleStructuurRef, antwoorden = antwoorden.Select(a => new { id = a.Key, antwoord = a.Value }) } },
                ["_geo"] = new { intersects = new { type = "Point", coordinates = new[] { locatie.X, locatie.Y } } },
                ["datum"] = datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });

    /// <summary>The werkzaamheden found (<c>_embedded.werkzaamheden[]</c>), each with the activities it leads to when the answer names them.</summary>
    public static IReadOnlyList<GevondenWerkzaamheid> Werkzaamheden(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return JsonRead.Child(doc.RootElement, "_embedded") is { } embedded
            ? [.. JsonRead.Items(embedded, "werkzaamheden").Select(w => new GevondenWerkzaamheid(
                JsonRead.Text(w, "omschrijving") ?? JsonRead.Text(w, "naam") ?? "",
                JsonRead.Text(w, "functioneleStructuurRef") ?? "",
                [.. JsonRead.Items(w, "activiteiten").Select(a => JsonRead.Text(a, "functioneleStructuurRef")).OfType<string>()]))]
            : [];
    }

    /// <summary>The outcome for one functioneleStructuurRef in the answer's array, or null when the answer does not mention it.</summary>
    public static BepaalUitkomst? Uitkomst(string json, string functioneleStructuurRef)
    {
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var r in doc.RootElement.EnumerateArray().Where(r => JsonRead.Text(r, "functioneleStructuurRef") == functioneleStructuurRef))
        {
            var activiteiten = JsonRead.Items(r, "activiteiten").Concat(JsonRead.Items(r, "subactiviteiten")).ToList();
            return new BepaalUitkomst(
                [.. activiteiten.Select(Activiteit).OfType<RegelActiviteit>()],
                [.. activiteiten.SelectMany(a => JsonRead.Items(a, "vraaggroepen")).SelectMany(g => JsonRead.Items(g, "vragen")).Select(v => new OpenVraag(Id(v), JsonRead.Text(v, "tekst") ?? ""))],
                activiteiten.SelectMany(a => JsonRead.Items(a, "conclusies")).Select(c => JsonRead.Child(c, "toestemmingstype") is { } t ? JsonRead.Text(t, "code") : null).FirstOrDefault(c => c is not null),
                [.. activiteiten.SelectMany(a => JsonRead.Items(a, "bijlagen")).Select(d => new GevraagdDocument(Id(d), JsonRead.Text(d, "documenttypeGeneriek") ?? ""))]);
        }

        return null;
    }

    private static RegelActiviteit? Activiteit(JsonElement a) =>
        JsonRead.Text(a, "functioneleStructuurRef") is { } reference
            ? new RegelActiviteit(FunctioneleStructuurRef.TryGetActivityId(reference, out var id) ? id : reference, JsonRead.Text(a, "subactiviteitNaam") ?? "")
            : null;

    /// <summary>An id as the answer gives it: a number [seen] or a string (ours).</summary>
    private static string Id(JsonElement e) =>
        e.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.Number => id.GetRawText(),
            JsonValueKind.String => id.GetString() ?? "",
            _ => "",
        } : "";
}
