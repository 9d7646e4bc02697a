using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Indienen;

/// <summary>
/// Reads the body that initiates a verzoek. The field names are our design (the Verzoek indienen v5
/// OpenAPI is not public): <c>type, projectnaam, projectomschrijving, initiatiefnemer{naam, bsn,
/// emailadres, telefoon, correspondentieadres{straat, huisnummer, postcode, woonplaats}}, locatie
/// (GeoJSON Point, EPSG:28992), activiteiten[{activiteitNaam, imowId, functioneleStructuurRef,
/// antwoorden[{vraagId, vraag, antwoord}]}]</c>. Every broken field is reported at once.
/// </summary>
public static partial class VerzoekBody
{
    public static readonly IReadOnlyList<string> Types = ["Aanvraag vergunning", "Melding", "Informatie", "Vooroverleg"];

    public static (VerzoekGegevens? Gegevens, IReadOnlyList<InvalidParam> Errors) Parse(string json)
    {
        var errors = new List<InvalidParam>();
        var root = JsonFields.Parse(json, errors);
        if (root is null)
        {
            return (null, errors);
        }

        var type = JsonFields.Required(root, "type", errors);
        if (type is not null && !Types.Contains(type))
        {
            errors.Add(new InvalidParam("type", "enum", $"'{type}' is niet een van: {string.Join(", ", Types)}."));
        }

        var projectnaam = JsonFields.Required(root, "projectnaam", errors);
        var initiatiefnemer = Initiatiefnemer(JsonFields.Child(root, "initiatiefnemer"), errors);
        var locatie = Punt(JsonFields.Child(root, "locatie"), errors);
        var activiteiten = Activiteiten(JsonFields.Child(root, "activiteiten"), errors);
        var omschrijving = JsonFields.Optional(root, "projectomschrijving");
        return errors.Count > 0
            ? (null, errors)
            : (new VerzoekGegevens(type!, projectnaam!, omschrijving, initiatiefnemer!, locatie!, activiteiten), []);
    }

    private static Initiatiefnemer? Initiatiefnemer(JsonNode? node, List<InvalidParam> errors)
    {
        var naam = JsonFields.Required(node, "naam", errors, "initiatiefnemer.");
        var a = JsonFields.Child(node, "correspondentieadres");
        var straat = JsonFields.Required(a, "straat", errors, "initiatiefnemer.correspondentieadres.");
        var huisnummer = JsonFields.Required(a, "huisnummer", errors, "initiatiefnemer.correspondentieadres.");
        var postcode = JsonFields.Required(a, "postcode", errors, "initiatiefnemer.correspondentieadres.");
        var woonplaats = JsonFields.Required(a, "woonplaats", errors, "initiatiefnemer.correspondentieadres.");
        if (postcode is not null && !Postcode().IsMatch(postcode))
        {
            errors.Add(new InvalidParam("initiatiefnemer.correspondentieadres.postcode", "pattern", $"'{postcode}' is geen Nederlandse postcode (1234 AB)."));
        }

        var bsn = JsonFields.Optional(node, "bsn");
        if (bsn is not null && !Bsn().IsMatch(bsn))
        {
            errors.Add(new InvalidParam("initiatiefnemer.bsn", "pattern", "een BSN heeft 9 cijfers."));
        }

        return naam is null || straat is null || huisnummer is null || postcode is null || woonplaats is null
            ? null
            : new Initiatiefnemer(naam, new Adres(straat, huisnummer, postcode, woonplaats), bsn, JsonFields.Optional(node, "emailadres"), JsonFields.Optional(node, "telefoon"));
    }

    private static RdPunt? Punt(JsonNode? node, List<InvalidParam> errors)
    {
        var coordinates = JsonFields.Child(node, "coordinates") as JsonArray;
        if (JsonFields.Optional(node, "type") != "Point" || coordinates is not { Count: 2 })
        {
            errors.Add(new InvalidParam("locatie", "geometry", "een GeoJSON-Point met twee RD-coördinaten is verplicht."));
            return null;
        }

        if (coordinates[0] is not JsonValue xv || !xv.TryGetValue<double>(out var x) || coordinates[1] is not JsonValue yv || !yv.TryGetValue<double>(out var y))
        {
            errors.Add(new InvalidParam("locatie", "geometry", "de coördinaten moeten getallen zijn."));
            return null;
        }

        var punt = new RdPunt(x, y);
        if (!punt.HasAtMostThreeDecimals)
        {
            errors.Add(new InvalidParam("locatie", "precision", "RD-coördinaten hebben hoogstens 3 decimalen."));
        }

        return punt;
    }

    private static List<Projectactiviteit> Activiteiten(JsonNode? node, List<InvalidParam> errors)
    {
        if (node is not JsonArray { Count: > 0 } items)
        {
            errors.Add(new InvalidParam("activiteiten", "required", "minstens één activiteit is verplicht."));
            return [];
        }

        var result = new List<Projectactiviteit>();
        for (var i = 0; i < items.Count; i++)
        {
            var prefix = $"activiteiten[{i}].";
            var naam = JsonFields.Required(items[i], "activiteitNaam", errors, prefix);
            var imowId = JsonFields.Required(items[i], "imowId", errors, prefix);
            var fsr = JsonFields.Required(items[i], "functioneleStructuurRef", errors, prefix);
            var antwoorden = (JsonFields.Child(items[i], "antwoorden") as JsonArray ?? [])
                .Select((a, j) => (Id: JsonFields.Required(a, "vraagId", errors, $"{prefix}antwoorden[{j}]."), Antwoord: JsonFields.Required(a, "antwoord", errors, $"{prefix}antwoorden[{j}]."), Vraag: JsonFields.Optional(a, "vraag")))
                .Where(a => a.Id is not null && a.Antwoord is not null)
                .Select(a => new Specificatie(a.Id!, a.Antwoord!, a.Vraag))
                .ToList();
            if (naam is not null && imowId is not null && fsr is not null)
            {
                result.Add(new Projectactiviteit(naam, imowId, fsr, antwoorden));
            }
        }

        return result;
    }

    [GeneratedRegex("^[1-9][0-9]{3} ?[A-Z]{2}$")]
    private static partial Regex Postcode();

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex Bsn();
}
