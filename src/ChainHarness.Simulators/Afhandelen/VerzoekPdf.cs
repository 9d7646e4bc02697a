using System.Globalization;
using ChainHarness.Simulators.Stam;

namespace ChainHarness.Simulators.Afhandelen;

/// <summary>
/// The publishable PDF of a verzoek (our layout): what was asked and answered, without the
/// confidential fields: no personal data of the initiatiefnemer and no confidential attachments.
/// </summary>
public static class VerzoekPdf
{
    public static byte[] Write(StamVerzoek v) => PdfWriter.Write($"Verzoek {v.Verzoeknummer}", Lines(v));

    public static IEnumerable<string> Lines(StamVerzoek v)
    {
        yield return $"Verzoek {v.Verzoeknummer} - {v.Type}";
        yield return $"Ingediend op {v.Indiendatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        yield return $"Project: {v.Projectnaam}";
        if (v.Projectomschrijving is { } omschrijving)
        {
            yield return $"Omschrijving: {omschrijving}";
        }

        yield return $"Bevoegd gezag: {v.BevoegdGezag.Naam}";
        yield return $"Uitvoerende instantie: {v.UitvoerendeInstantie.Naam}";
        yield return "Initiatiefnemer: afgeschermd (vertrouwelijk)";
        yield return $"Locatie (RD): {v.Locatie}";
        foreach (var activiteit in v.Activiteiten)
        {
            yield return "";
            yield return $"Activiteit: {activiteit.ActiviteitNaam}";
            foreach (var s in activiteit.Specificaties)
            {
                yield return $"  {s.Vraag ?? s.VraagId}: {s.Antwoord}";
            }
        }

        yield return "";
        yield return "Bijlagen:";
        foreach (var b in v.Bijlagen.Where(b => !b.Vertrouwelijk))
        {
            yield return $"  {b.Bestandsnaam} ({b.DocumentType})";
        }

        if (v.Bijlagen.Count(b => b.Vertrouwelijk) is > 0 and var hidden)
        {
            yield return $"  en {hidden} vertrouwelijke bijlage(n), niet in deze publicatie";
        }
    }
}
