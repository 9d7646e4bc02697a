using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Steps.Step09bTerugkoppeling;

/// <summary>How a receipt differs from the zaak and the submission: verzoeknummer, project, attachments, addressee and address.</summary>
public static class OntvangstbevestigingVergelijking
{
    public static IReadOnlyList<string> Verschillen(Ontvangstbevestiging b, VthZaak zaak, IngediendeAanvraag aanvraag)
    {
        var problems = new List<string>();
        if (b.Verzoeknummer != aanvraag.Verzoeknummer || b.Verzoeknummer != zaak.Verzoeknummer)
        {
            problems.Add($"the verzoeknummer is '{b.Verzoeknummer}', but the aanvraag was submitted as {aanvraag.Verzoeknummer}");
        }

        if (b.Projectnaam != aanvraag.Projectnaam || b.Projectnaam != zaak.Omschrijving)
        {
            problems.Add($"the project is '{b.Projectnaam}', but '{aanvraag.Projectnaam}' was submitted");
        }

        var missing = aanvraag.Documenten.Select(d => d.Bestandsnaam).Where(n => !b.Bijlagen.Contains(n)).ToList();
        var extra = b.Bijlagen.Where(n => aanvraag.Documenten.All(d => d.Bestandsnaam != n)).ToList();
        if (missing.Count + extra.Count > 0)
        {
            problems.Add($"the attachments listed differ from those submitted (missing: {List(missing)}; not submitted: {List(extra)})");
        }

        if (b.Ontvanger != aanvraag.Initiatiefnemer)
        {
            problems.Add($"it is addressed to '{b.Ontvanger}', not to the applicant '{aanvraag.Initiatiefnemer}'");
        }

        if (!b.Correspondentieadres.SameAs(aanvraag.Correspondentieadres))
        {
            problems.Add($"it went to {b.Correspondentieadres}, not to the applicant's correspondence address {aanvraag.Correspondentieadres}");
        }

        return problems;
    }

    private static string List(List<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
