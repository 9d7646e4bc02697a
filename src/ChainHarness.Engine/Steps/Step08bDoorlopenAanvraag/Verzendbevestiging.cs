using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;

/// <summary>The verzendbevestiging of Verzoek indienen, and how it must match what was submitted.</summary>
public sealed partial record Verzendbevestiging(
    string Verzoeknummer, string Indieningsdatum, string Projectnaam, IReadOnlyList<string> ActiviteitIds, IReadOnlyList<(string Naam, string? Sha256)> Documenten)
{
    public static Verzendbevestiging Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        return new Verzendbevestiging(
            JsonRead.Text(r, "verzoeknummer") ?? "",
            JsonRead.Text(r, "indieningsdatum") ?? "",
            JsonRead.Text(r, "projectnaam") ?? "",
            [.. JsonRead.Items(r, "activiteiten").Select(a => JsonRead.Text(a, "imowId") ?? "")],
            [.. JsonRead.Items(r, "documenten").Select(d => (JsonRead.Text(d, "bestandsnaam") ?? "", JsonRead.Text(d, "sha256")))]);
    }

    /// <summary>Every way it differs from the submission, in plain words; empty when it matches.</summary>
    public IReadOnlyList<string> Differences(string projectnaam, IEnumerable<string> activiteitIds, IReadOnlyList<IngediendDocument> documenten, DateOnly today)
    {
        var problems = new List<string>();
        var datumOk = DateOnly.TryParseExact(Indieningsdatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum);
        if (!Nummer().IsMatch(Verzoeknummer))
        {
            problems.Add($"the verzoeknummer '{Verzoeknummer}' is not 13 digits");
        }
        else if (datumOk && !Verzoeknummer.StartsWith(datum.ToString("yyyyMMdd", CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            problems.Add($"the verzoeknummer {Verzoeknummer} does not start with the date of submission ({datum:yyyy-MM-dd})");
        }

        if (!datumOk || Math.Abs(datum.DayNumber - today.DayNumber) > 1)
        {
            problems.Add($"the date of submission is '{Indieningsdatum}', not today ({today:yyyy-MM-dd})");
        }

        if (Projectnaam != projectnaam)
        {
            problems.Add($"the project is '{Projectnaam}', but '{projectnaam}' was submitted");
        }

        problems.AddRange(activiteitIds.Where(id => !ActiviteitIds.Contains(id)).Select(id => $"the activity {id} is not confirmed"));
        foreach (var d in documenten)
        {
            if (!Documenten.Any(c => c.Naam == d.Bestandsnaam))
            {
                problems.Add($"the document '{d.Bestandsnaam}' is not confirmed");
            }
            else if (Documenten.First(c => c.Naam == d.Bestandsnaam).Sha256 is { } sha && sha != d.Sha256)
            {
                problems.Add($"the document '{d.Bestandsnaam}' is confirmed with other content");
            }
        }

        problems.AddRange(Documenten.Where(c => documenten.All(d => d.Bestandsnaam != c.Naam)).Select(c => $"the document '{c.Naam}' is confirmed but was not submitted"));
        return problems;
    }

    [GeneratedRegex("^[0-9]{13}$")]
    private static partial Regex Nummer();
}
