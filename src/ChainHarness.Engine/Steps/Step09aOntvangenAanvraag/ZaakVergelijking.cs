using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Steps.Step09aOntvangenAanvraag;

/// <summary>How a zaak differs from the aanvraag it was opened for: every answer and every attachment must be there, unchanged.</summary>
public static class ZaakVergelijking
{
    public static IReadOnlyList<string> OntbrekendeAntwoorden(VthZaak zaak, IngediendeAanvraag aanvraag) =>
    [
        .. aanvraag.Antwoorden.Select(a => zaak.Antwoorden.FirstOrDefault(z => z.VraagId == a.VraagId) switch
        {
            null => $"the answer to {a.VraagId} is missing",
            { } z when z.Waarde != a.Waarde => $"the answer to {a.VraagId} is '{z.Waarde}', but '{a.Waarde}' was submitted",
            _ => null,
        }).OfType<string>(),
    ];

    public static IReadOnlyList<string> OntbrekendeBijlagen(VthZaak zaak, IngediendeAanvraag aanvraag) =>
    [
        .. aanvraag.Documenten.Select(d => zaak.Bijlagen.FirstOrDefault(z => z.Bestandsnaam == d.Bestandsnaam) switch
        {
            null => $"the attachment '{d.Bestandsnaam}'{(d.Vertrouwelijk ? " (vertrouwelijk)" : "")} is missing",
            { } z when z.Omvang != d.Omvang || (z.Sha256 is { } sha && sha != d.Sha256) => $"the attachment '{d.Bestandsnaam}' differs from the one submitted",
            _ => null,
        }).OfType<string>(),
    ];
}
