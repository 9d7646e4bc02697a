using ChainHarness.Engine.Loket;
using System.Globalization;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Indienen;

/// <summary>
/// The HAL JSON a client of the simulated Verzoek indienen sees. The links are the HATEOAS flow:
/// a concept offers <c>documenten</c> and <c>indienen</c>; a submitted verzoek offers <c>intrekken</c>.
/// Field names are our design.
/// </summary>
public static class VerzoekRepresentation
{
    public static object Verzoek(Verzoek v, string baseUrl)
    {
        var self = $"{baseUrl}/verzoeken/{v.Id}";
        var links = new Dictionary<string, object> { ["self"] = new { href = self }, ["documenten"] = new { href = self + "/documenten" } };
        if (v.Status == VerzoekStatus.Concept)
        {
            links["indienen"] = new { href = self };
        }
        else if (v.Status == VerzoekStatus.Ingediend)
        {
            links["intrekken"] = new { href = self + "/_intrekken" };
        }

        var g = v.Gegevens;
        return new
        {
            id = v.Id,
            status = v.Status.ToString(),
            verzoeknummer = v.Verzoeknummer,
            indieningsdatum = Datum(v.Indiendatum),
            type = g.Type,
            projectnaam = g.Projectnaam,
            projectomschrijving = g.Projectomschrijving,
            bevoegdGezag = new { oin = v.BevoegdGezag.Oin, naam = v.BevoegdGezag.Naam },
            locatie = new { type = "Point", coordinates = new[] { g.Locatie.X, g.Locatie.Y } },
            activiteiten = g.Activiteiten.Select(a => new { a.ActiviteitNaam, a.ImowId, a.FunctioneleStructuurRef, antwoorden = a.Specificaties }),
            documenten = v.Bijlagen.Select(b => Document(b, self)),
            _links = links,
        };
    }

    public static object Document(Bijlage b, string verzoekUrl) => new
    {
        id = b.DocumentId,
        b.Bestandsnaam,
        b.DocumentType,
        b.MediaType,
        b.Vertrouwelijk,
        b.Omvang,
        b.Sha256,
        _links = new { self = new { href = $"{verzoekUrl}/documenten/{b.DocumentId}" } },
    };

    /// <summary>The verzendbevestiging: what the loket confirms was submitted, the answers per activity included (our field names).</summary>
    public static object Verzendbevestiging(Verzoek v, string baseUrl)
    {
        var self = $"{baseUrl}/verzoeken/{v.Id}";
        return new
        {
            verzoeknummer = v.Verzoeknummer,
            indieningsdatum = Datum(v.Indiendatum),
            status = v.Status.ToString(),
            type = v.Gegevens.Type,
            projectnaam = v.Gegevens.Projectnaam,
            bevoegdGezag = new { oin = v.BevoegdGezag.Oin, naam = v.BevoegdGezag.Naam },
            activiteiten = v.Gegevens.Activiteiten.Select(a => new { a.ImowId, a.ActiviteitNaam, antwoorden = a.Specificaties.Select(s => new { s.VraagId, s.Antwoord }) }),
            documenten = v.Bijlagen.Select(b => new { b.Bestandsnaam, b.DocumentType, b.Omvang, b.Sha256 }),
            _links = new { verzoek = new { href = self }, intrekken = new { href = self + "/_intrekken" } },
        };
    }

    private static string? Datum(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
