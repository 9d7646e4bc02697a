using ChainHarness.Simulators.World;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChainHarness.Simulators.Vth;

/// <summary>
/// A zaak and its documents in the shapes of the VNG ZGW Zaken API 1.5 and Documenten API 1.5
/// (the fields a reader needs; catalogue URLs are fictional). The verzoeknummer is a kenmerk with
/// bron <c>DSO</c>; the bronorganisatie holds the OIN where ZGW wants an RSIN (our simplification).
/// </summary>
public static class ZgwRepresentation
{
    public const string KenmerkBron = "DSO";

    public static object Zaak(Zaak z, string baseUrl, string bronorganisatie)
    {
        var url = ZaakUrl(z, baseUrl);
        return WithNulls(new
        {
            url,
            uuid = z.Uuid,
            identificatie = z.Identificatie,
            bronorganisatie,
            verantwoordelijkeOrganisatie = bronorganisatie,
            omschrijving = z.Omschrijving,
            zaaktype = $"{baseUrl}/catalogi/api/v1/zaaktypen/omgevingsvergunning",
            registratiedatum = Datum(z.Startdatum),
            startdatum = Datum(z.Startdatum),
            einddatum = (string?)null,
            vertrouwelijkheidaanduiding = "zaakvertrouwelijk",
            zaakgeometrie = new { type = "Point", coordinates = new[] { z.Locatie.X, z.Locatie.Y } },
            kenmerken = new[] { new { kenmerk = z.Verzoeknummer, bron = KenmerkBron } },
            eigenschappen = z.Eigenschappen.Select((_, i) => $"{url}/zaakeigenschappen/{i + 1}"),
            zaakinformatieobjecten = z.Documenten.Select(d => $"{baseUrl}/zaken/api/v1/zaakinformatieobjecten/{d.Uuid}"),
            rollen = Array.Empty<string>(),
            zaakobjecten = Array.Empty<string>(),
            deelzaken = Array.Empty<string>(),
            status = (string?)null,
            resultaat = z.Ingetrokken ? $"{baseUrl}/zaken/api/v1/resultaten/ingetrokken" : null,
            betalingsindicatieWeergave = "",
        });
    }

    public static IEnumerable<object> Zaakeigenschappen(Zaak z, string baseUrl) =>
        z.Eigenschappen.Select((e, i) => new
        {
            url = $"{ZaakUrl(z, baseUrl)}/zaakeigenschappen/{i + 1}",
            uuid = $"{z.Uuid}-{i + 1}",
            zaak = ZaakUrl(z, baseUrl),
            eigenschap = $"{baseUrl}/catalogi/api/v1/eigenschappen/{Uri.EscapeDataString(e.VraagId)}",
            naam = e.VraagId,
            waarde = e.Antwoord,
        });

    public static IEnumerable<object> Zaakinformatieobjecten(Zaak z, string baseUrl) =>
        z.Documenten.Select(d => new
        {
            url = $"{baseUrl}/zaken/api/v1/zaakinformatieobjecten/{d.Uuid}",
            uuid = d.Uuid,
            informatieobject = $"{baseUrl}/documenten/api/v1/enkelvoudiginformatieobjecten/{d.Uuid}",
            zaak = ZaakUrl(z, baseUrl),
            aardRelatieWeergave = "Hoort bij, omgekeerd: kent",
            titel = d.Bijlage.Bestandsnaam,
            registratiedatum = Datum(z.Startdatum),
        });

    public static object Informatieobject(ZaakDocument d, string baseUrl, string bronorganisatie, DateOnly creatiedatum)
    {
        var url = $"{baseUrl}/documenten/api/v1/enkelvoudiginformatieobjecten/{d.Uuid}";
        return new
        {
            url,
            identificatie = d.Bijlage.DocumentId,
            bronorganisatie,
            creatiedatum = Datum(creatiedatum),
            beginRegistratie = creatiedatum.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            titel = d.Bijlage.Bestandsnaam,
            beschrijving = d.Bijlage.DocumentType,
            vertrouwelijkheidaanduiding = d.Bijlage.Vertrouwelijk ? "vertrouwelijk" : "openbaar",
            auteur = "Omgevingsloket",
            taal = "nld",
            versie = 1,
            formaat = d.Bijlage.MediaType,
            bestandsnaam = d.Bijlage.Bestandsnaam,
            bestandsomvang = d.Inhoud.Length,
            inhoud = url + "/download",
            integriteit = new { algoritme = "sha_256", waarde = Convert.ToHexStringLower(SHA256.HashData(d.Inhoud)), datum = Datum(creatiedatum) },
            informatieobjecttype = $"{baseUrl}/catalogi/api/v1/informatieobjecttypen/{Uri.EscapeDataString(d.Bijlage.DocumentType)}",
            locked = false,
            bestandsdelen = Array.Empty<object>(),
        };
    }

    public static object Page(IEnumerable<object> results)
    {
        var list = results.ToList();
        return new { count = list.Count, next = (string?)null, previous = (string?)null, results = list };
    }

    /// <summary>ZGW answers nullable fields as null (the OpenAPI requires einddatum, status, resultaat to be present); the simulators' JSON otherwise leaves nulls out.</summary>
    private static JsonNode WithNulls(object shape) => JsonSerializer.SerializeToNode(shape, KeepNulls)!;

    private static readonly JsonSerializerOptions KeepNulls = new(JsonSerializerDefaults.Web);

    private static string ZaakUrl(Zaak z, string baseUrl) => $"{baseUrl}/zaken/api/v1/zaken/{z.Uuid}";

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
