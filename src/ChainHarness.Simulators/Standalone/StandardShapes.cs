using ChainHarness.Simulators.World;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Simulators.Standalone;

/// <summary>The JSON of the standard port contract (docs/ports.md) for the VTH, case-handler and partner operations. Our design.</summary>
internal static class StandardShapes
{
    public static object? Zaak(VthZaak? zaak) => zaak is null ? null : new
    {
        identificatie = zaak.Identificatie,
        verzoeknummer = zaak.Verzoeknummer,
        omschrijving = zaak.Omschrijving,
        antwoorden = zaak.Antwoorden.Select(a => new { vraag = a.VraagId, waarde = a.Waarde }),
        bijlagen = zaak.Bijlagen.Select(b => new { naam = b.Bestandsnaam, vertrouwelijk = b.Vertrouwelijk, omvang = b.Omvang, sha256 = b.Sha256 ?? "" }),
    };

    public static object? Bevestiging(Ontvangstbevestiging? b) => b is null ? null : new
    {
        verzoeknummer = b.Verzoeknummer,
        projectnaam = b.Projectnaam,
        bijlagen = b.Bijlagen,
        ontvanger = b.Ontvanger,
        adres = new { straat = b.Correspondentieadres.Straat, huisnummer = b.Correspondentieadres.Huisnummer, postcode = b.Correspondentieadres.Postcode, woonplaats = b.Correspondentieadres.Woonplaats },
    };

    public static object Started(CollaborationStarted s) => new { samenwerkingId = s.SamenwerkingId, actieverzoekId = s.ActieverzoekId, probleem = s.Problem };

    public static object Notices(IReadOnlyList<CollaborationNotice> notices) =>
        new { notificaties = notices.Select(n => new { type = n.Type, samenwerkingId = n.SamenwerkingId, objectId = n.ObjectId ?? "" }) };

    public static object? View(PartnerView? view) => view is null ? null : new
    {
        samenwerkingId = view.SamenwerkingId,
        verzoeknummer = view.Verzoeknummer,
        documentenGezien = view.DocumentsSeen,
        actieverzoekenAfgerond = view.ActieverzoekenCompleted,
    };

    /// <summary>The case handler's assignment as the standard contract posts it.</summary>
    public static CollaborationPlan Plan(string json)
    {
        var errors = new List<InvalidParam>();
        var body = JsonFields.Parse(json, errors);
        string Text(string name) => JsonFields.Optional(body, name) ?? "";
        var documents = body?["documenten"] is JsonArray list
            ? list.Select(d => new SharedDocument(JsonFields.Optional(d, "naam") ?? "", JsonFields.Optional(d, "vertrouwelijkheid") ?? "")).ToList()
            : [];
        return new CollaborationPlan(Text("verzoeknummer"), Text("samenwerkVorm"), Text("partnerNaam"), Text("partnerOin"), Text("partnerPrivilege"), documents, Text("actieverzoek"));
    }
}
