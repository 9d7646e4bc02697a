using System.Globalization;
using System.Text.Json.Nodes;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// The body of a <c>_bepaal</c> call ([seen]): <c>functioneleStructuurRefs[{functioneleStructuurRef,
/// antwoorden[{id, antwoord}]}]</c>, <c>_geo.intersects</c> (an RD point) and, our addition, <c>datum</c>
/// (the day the rules must be in force; default today).
/// </summary>
public sealed record BepaalVerzoek(IReadOnlyList<(string Ref, IReadOnlyList<Specificatie> Antwoorden)> Refs, RdPunt Locatie, DateOnly? Datum)
{
    public static (BepaalVerzoek? Verzoek, List<InvalidParam> Errors) Parse(string json)
    {
        var errors = new List<InvalidParam>();
        var root = JsonFields.Parse(json, errors);
        if (root is null)
        {
            return (null, errors);
        }

        var refs = (JsonFields.Child(root, "functioneleStructuurRefs") as JsonArray ?? [])
            .Select((r, i) => (Ref: JsonFields.Required(r, "functioneleStructuurRef", errors, $"functioneleStructuurRefs[{i}]."), Antwoorden: Antwoorden(r)))
            .Where(r => r.Ref is not null)
            .Select(r => (r.Ref!, (IReadOnlyList<Specificatie>)r.Antwoorden))
            .ToList();
        if (refs.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InvalidParam("functioneleStructuurRefs", "required", "minstens één functioneleStructuurRef is verplicht."));
        }

        var coordinates = JsonFields.Child(JsonFields.Child(JsonFields.Child(root, "_geo"), "intersects"), "coordinates") as JsonArray;
        var punt = coordinates is [JsonValue x, JsonValue y] && x.TryGetValue<double>(out var px) && y.TryGetValue<double>(out var py) ? new RdPunt(px, py) : null;
        if (punt is null || !punt.HasAtMostThreeDecimals)
        {
            errors.Add(new InvalidParam("_geo.intersects", "geometry", "een GeoJSON-Point in RD New met hoogstens 3 decimalen is verplicht."));
        }

        DateOnly? datum = null;
        if (JsonFields.Optional(root, "datum") is { } text)
        {
            datum = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            if (datum is null)
            {
                errors.Add(new InvalidParam("datum", "date", $"'{text}' is geen datum (jjjj-MM-dd)."));
            }
        }

        return errors.Count > 0 ? (null, errors) : (new BepaalVerzoek(refs, punt!, datum), errors);
    }

    private static List<Specificatie> Antwoorden(JsonNode? r) =>
    [
        .. (JsonFields.Child(r, "antwoorden") as JsonArray ?? [])
            .Select(a => (Id: JsonFields.Optional(a, "id"), Antwoord: JsonFields.Optional(a, "antwoord")))
            .Where(a => a.Id is not null && a.Antwoord is not null)
            .Select(a => new Specificatie(a.Id!, a.Antwoord!)),
    ];
}
