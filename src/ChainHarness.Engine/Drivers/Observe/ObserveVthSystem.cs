using ChainHarness.Engine.Configuration;
using System.Collections.Concurrent;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// A VTH (case) system as a person reads it (steps 9a, 9b; the omgevingsdienst's for step 10): the
/// harness names the verzoek and asks what the system shows: the zaak's number, its attachments and
/// answers, and the ontvangstbevestiging sent. An answer is kept; no answer (CI, <c>--non-interactive</c>) is nothing
/// observed yet, so the step asks again while it waits, and fails at its deadline saying so.
/// Sizes and checksums cannot be read off a screen: an observed attachment is compared by name only.
/// </summary>
public sealed class ObserveVthSystem(string software, IOperator person) : IVthSystem, IBehandeldienstSystem
{
    private readonly ConcurrentDictionary<string, VthZaak?> _zaken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Ontvangstbevestiging?> _bevestigingen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _told = new(StringComparer.Ordinal);

    public async Task<VthZaak?> FindZaakAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        if (_zaken.TryGetValue(verzoeknummer, out var known))
        {
            return known;
        }

        if (_told.TryAdd(verzoeknummer, true))
        {
            person.Tell($"{software}: zoek in uw systeem de zaak voor verzoek {verzoeknummer} uit het Omgevingsloket.");
        }

        var nummer = await person.AskAsync($"Welk zaaknummer heeft de zaak voor verzoek {verzoeknummer}? (Enter: nog geen zaak)", cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(nummer))
        {
            return null;
        }

        var omschrijving = await person.AskAsync("Welke omschrijving heeft de zaak?", cancellationToken).ConfigureAwait(false);
        var bijlagen = await person.AskAsync("Welke bijlagen staan in de zaak? (bestandsnamen, gescheiden door komma's; een vertrouwelijke met * ervoor)", cancellationToken).ConfigureAwait(false);
        var antwoorden = await person.AskAsync("Welke antwoorden staan in de zaak? (vraag=antwoord, gescheiden door puntkomma's)", cancellationToken).ConfigureAwait(false);
        return _zaken[verzoeknummer] = new VthZaak(
            nummer.Trim(),
            verzoeknummer,
            omschrijving?.Trim() ?? "",
            [.. Split(antwoorden, ';').Select(a => a.Split('=', 2)).Where(p => p.Length == 2).Select(p => new Antwoord(p[0].Trim(), p[1].Trim()))],
            [.. Split(bijlagen, ',').Select(b => new ZaakBijlage(b.TrimStart('*').Trim(), b.StartsWith('*'), -1, null))]);
    }

    public async Task<Ontvangstbevestiging?> FindOntvangstbevestigingAsync(string zaakIdentificatie, CancellationToken cancellationToken)
    {
        if (_bevestigingen.TryGetValue(zaakIdentificatie, out var known))
        {
            return known;
        }

        var verzoeknummer = await person.AskAsync($"{software}: welk verzoeknummer staat in de ontvangstbevestiging van zaak {zaakIdentificatie}? (Enter: nog geen verstuurd)", cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(verzoeknummer))
        {
            return null;
        }

        var project = await person.AskAsync("Welke projectnaam staat erin?", cancellationToken).ConfigureAwait(false) ?? "";
        var ontvanger = await person.AskAsync("Aan wie is hij gericht?", cancellationToken).ConfigureAwait(false) ?? "";
        var adres = Split(await person.AskAsync("Naar welk adres? (straat; huisnummer; postcode; woonplaats)", cancellationToken).ConfigureAwait(false), ';');
        var bijlagen = Split(await person.AskAsync("Welke bijlagen noemt hij? (gescheiden door komma's)", cancellationToken).ConfigureAwait(false), ',');
        return _bevestigingen[zaakIdentificatie] = new Ontvangstbevestiging(
            verzoeknummer.Trim(),
            project.Trim(),
            bijlagen,
            ontvanger.Trim(),
            new Postadres(At(adres, 0), At(adres, 1), At(adres, 2), At(adres, 3)));
    }

    private static string[] Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string At(string[] parts, int index) => index < parts.Length ? parts[index] : "";
}
