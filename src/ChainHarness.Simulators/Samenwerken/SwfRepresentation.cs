using ChainHarness.Simulators.World.Swf;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>
/// The HAL JSON shapes of the simulated SWF v4. Samenwerking fields (samenwerkingId, verzoeknummer,
/// status, samenwerkVorm, _links) follow public client code; everything else is our design.
/// </summary>
internal sealed class SwfRepresentation(Uri baseUrl)
{
    private readonly string _root = baseUrl.ToString().TrimEnd('/');

    public string SamenwerkingUrl(string id) => $"{_root}/samenwerkingen/{Uri.EscapeDataString(id)}";

    /// <summary>
    /// A samenwerking. SEEN in a public v5 fixture: samenwerkingId, verzoeknummer, aangemaaktDoor(Naam),
    /// samenwerkDoel, creatieDatumTijd, aantalActieverzoeken and the links self, documentToevoegen,
    /// actieverzoekOpstellen and actieverzoeken (<c>/actieverzoeken?samenwerkingId=</c>). Ours (GUESS): status as
    /// a plain string (v5 nests it), gestart, eigenaar, and the links deelnemers, documenten and stoppen.
    /// </summary>
    public object Samenwerking(SwfSamenwerking s) => new
    {
        samenwerkingId = s.Id,
        verzoeknummer = s.Verzoeknummer,
        status = s.Status,
        samenwerkVorm = s.SamenwerkVorm,
        samenwerkDoel = "BEHANDELEN",
        aangemaaktDoor = s.EigenaarOin,
        aangemaaktDoorNaam = s.Deelnemers[0].Naam,
        creatieDatumTijd = s.Gestart,
        aantalActieverzoeken = s.Actieverzoeken.Count,
        gestart = s.Gestart,
        eigenaar = new { oin = s.EigenaarOin },
        _links = new
        {
            self = Link(SamenwerkingUrl(s.Id)),
            documentToevoegen = Link($"{SamenwerkingUrl(s.Id)}/documenten"),
            actieverzoekOpstellen = Link($"{SamenwerkingUrl(s.Id)}/actieverzoeken"),
            actieverzoeken = Link($"{_root}/actieverzoeken?samenwerkingId={Uri.EscapeDataString(s.Id)}"),
            deelnemers = Link($"{SamenwerkingUrl(s.Id)}/deelnemers"),
            documenten = Link($"{SamenwerkingUrl(s.Id)}/documenten"),
            stoppen = Link($"{SamenwerkingUrl(s.Id)}/_stoppen"),
        },
    };

    public object Deelnemer(SwfSamenwerking s, SwfDeelnemer d) => new
    {
        d.Oin,
        d.Naam,
        d.Rol,
        d.Privilege,
        _links = new { samenwerking = Link(SamenwerkingUrl(s.Id)) },
    };

    public object Document(SwfSamenwerking s, SwfDocument d, bool withContent = false) => new
    {
        documentId = d.Id,
        d.Naam,
        d.Vertrouwelijkheid,
        gedeeldDoor = new { oin = d.GedeeldDoorOin },
        d.Gedeeld,
        inhoud = withContent ? Convert.ToBase64String(d.Inhoud) : null,
        _links = new { self = Link($"{SamenwerkingUrl(s.Id)}/documenten/{d.Id}"), samenwerking = Link(SamenwerkingUrl(s.Id)) },
    };

    public object Actieverzoek(SwfSamenwerking s, SwfActieverzoek a)
    {
        var self = $"{SamenwerkingUrl(s.Id)}/actieverzoeken/{a.Id}";
        return new
        {
            actieverzoekId = a.Id,
            verzoeker = new { oin = a.VerzoekerOin },
            ontvanger = new { oin = a.OntvangerOin },
            a.Omschrijving,
            einddatum = a.Einddatum?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            a.Status,
            a.Aangemaakt,
            _links = new
            {
                self = Link(self),
                afronden = a.IsOpen ? Link($"{self}/_afronden") : null,
                intrekken = a.IsOpen ? Link($"{self}/_intrekken") : null,
                samenwerking = Link(SamenwerkingUrl(s.Id)),
            },
        };
    }

    public object Notificatie(SwfNotificatie n) => new
    {
        notificatieId = n.Id,
        n.Type,
        n.SamenwerkingId,
        n.Verzoeknummer,
        objectId = n.ObjectId,
        n.Tijdstip,
        _links = new
        {
            self = Link($"{_root}/notificaties/{n.Id}"),
            samenwerking = Link(SamenwerkingUrl(n.SamenwerkingId)),
        },
    };

    public static object Collection(string name, IEnumerable<object> items) =>
        new { _embedded = new Dictionary<string, object[]> { [name] = [.. items] } };

    private static object Link(string href) => new { href };
}
