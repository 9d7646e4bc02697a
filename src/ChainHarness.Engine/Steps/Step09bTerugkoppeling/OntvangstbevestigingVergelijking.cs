using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Steps.Step09bTerugkoppeling;

/// <summary>How a receipt differs from the zaak and the submission: verzoeknummer, project, attachments, addressee and address.</summary>
public static class OntvangstbevestigingVergelijking
{
    public static IReadOnlyList<Bilingual> Verschillen(Ontvangstbevestiging b, VthZaak zaak, IngediendeAanvraag aanvraag)
    {
        var problems = new List<Bilingual>();
        if (b.Verzoeknummer != aanvraag.Verzoeknummer || b.Verzoeknummer != zaak.Verzoeknummer)
        {
            problems.Add(LoketTexts.ReceiptVerzoeknummer(b.Verzoeknummer, aanvraag.Verzoeknummer));
        }

        if (b.Projectnaam != aanvraag.Projectnaam || b.Projectnaam != zaak.Omschrijving)
        {
            problems.Add(LoketTexts.ReceiptProject(b.Projectnaam, aanvraag.Projectnaam));
        }

        var missing = aanvraag.Documenten.Select(d => d.Bestandsnaam).Where(n => !b.Bijlagen.Contains(n)).ToList();
        var extra = b.Bijlagen.Where(n => aanvraag.Documenten.All(d => d.Bestandsnaam != n)).ToList();
        if (missing.Count + extra.Count > 0)
        {
            problems.Add(LoketTexts.ReceiptAttachments(List(missing), List(extra)));
        }

        if (b.Ontvanger != aanvraag.Initiatiefnemer)
        {
            problems.Add(LoketTexts.ReceiptAddressee(b.Ontvanger, aanvraag.Initiatiefnemer));
        }

        if (!b.Correspondentieadres.SameAs(aanvraag.Correspondentieadres))
        {
            problems.Add(LoketTexts.ReceiptAddress($"{b.Correspondentieadres}", $"{aanvraag.Correspondentieadres}"));
        }

        return problems;
    }

    private static string? List(List<string> names) => names.Count == 0 ? null : string.Join(", ", names);
}
