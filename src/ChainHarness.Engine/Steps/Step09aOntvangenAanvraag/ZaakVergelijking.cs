using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Steps.Step09aOntvangenAanvraag;

/// <summary>
/// How a zaak differs from the aanvraag it was opened for: every answer and every attachment must be there, unchanged.
/// A size or checksum the VTH system does not give (-1, null: an observed zaak, read off a screen) is not compared.
/// </summary>
public static class ZaakVergelijking
{
    public static IReadOnlyList<Bilingual> OntbrekendeAntwoorden(VthZaak zaak, IngediendeAanvraag aanvraag) =>
    [
        .. aanvraag.Antwoorden.Select(a => zaak.Antwoorden.FirstOrDefault(z => z.VraagId == a.VraagId) switch
        {
            null => LoketTexts.AnswerMissing(a.VraagId),
            { } z when z.Waarde != a.Waarde => LoketTexts.AnswerDiffers(a.VraagId, z.Waarde, a.Waarde),
            _ => null,
        }).OfType<Bilingual>(),
    ];

    public static IReadOnlyList<Bilingual> OntbrekendeBijlagen(VthZaak zaak, IngediendeAanvraag aanvraag) =>
    [
        .. aanvraag.Documenten.Select(d => zaak.Bijlagen.FirstOrDefault(z => z.Bestandsnaam == d.Bestandsnaam) switch
        {
            null => LoketTexts.AttachmentMissing(d.Bestandsnaam, d.Vertrouwelijk),
            { } z when (z.Omvang >= 0 && z.Omvang != d.Omvang) || (z.Sha256 is { } sha && sha != d.Sha256) => LoketTexts.AttachmentDiffers(d.Bestandsnaam),
            _ => null,
        }).OfType<Bilingual>(),
    ];
}
