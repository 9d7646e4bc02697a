using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Loket;
using T = ChainHarness.Engine.Texts.AanvraagTexts;

namespace ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;

/// <summary>
/// The verzendbevestiging of Verzoek indienen, and how it must match what was submitted. <see cref="Antwoorden"/>
/// holds the answers it confirms per activity (<c>activiteiten[].antwoorden[].vraagId/antwoord</c>, our field
/// names); null when no activity carries that field, so the step reads them from the submitted verzoek instead.
/// </summary>
public sealed partial record Verzendbevestiging(
    string Verzoeknummer, string Indieningsdatum, string Projectnaam, IReadOnlyList<string> ActiviteitIds, IReadOnlyList<(string Naam, string? Sha256)> Documenten)
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Antwoorden { get; init; }

    public static Verzendbevestiging Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        return new Verzendbevestiging(
            JsonRead.Text(r, "verzoeknummer") ?? "",
            JsonRead.Text(r, "indieningsdatum") ?? "",
            JsonRead.Text(r, "projectnaam") ?? "",
            [.. JsonRead.Items(r, "activiteiten").Select(a => JsonRead.Text(a, "imowId") ?? "")],
            [.. JsonRead.Items(r, "documenten").Select(d => (JsonRead.Text(d, "bestandsnaam") ?? "", JsonRead.Text(d, "sha256")))])
        {
            Antwoorden = ReadAntwoorden(r),
        };
    }

    /// <summary>The answers per activity in a verzoek or verzendbevestiging (<c>activiteiten[].imowId</c>, <c>antwoorden[]</c>); null when no activity has <c>antwoorden</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? ReadAntwoorden(string? json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json ?? "");
            return ReadAntwoorden(doc.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every way it differs from the submission, in plain words; empty when it matches.</summary>
    public IReadOnlyList<Bilingual> Differences(
        string projectnaam, IEnumerable<string> activiteitIds, IReadOnlyList<IngediendDocument> documenten, DateOnly today, IReadOnlyDictionary<string, string>? antwoorden = null)
    {
        var problems = new List<Bilingual>();
        var datumOk = DateOnly.TryParseExact(Indieningsdatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum);
        if (!Nummer().IsMatch(Verzoeknummer))
        {
            problems.Add(T.NotThirteenDigits(Verzoeknummer));
        }
        else if (datumOk && !Verzoeknummer.StartsWith(datum.ToString("yyyyMMdd", CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            problems.Add(T.NumberNotOfDate(Verzoeknummer, datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (!datumOk || Math.Abs(datum.DayNumber - today.DayNumber) > 1)
        {
            problems.Add(T.NotToday(Indieningsdatum, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (Projectnaam != projectnaam)
        {
            problems.Add(T.OtherProject(Projectnaam, projectnaam));
        }

        var submitted = activiteitIds.ToList();
        problems.AddRange(submitted.Where(id => !ActiviteitIds.Contains(id)).Select(T.ActivityNotConfirmed));
        foreach (var d in documenten)
        {
            if (!Documenten.Any(c => c.Naam == d.Bestandsnaam))
            {
                problems.Add(T.DocumentNotConfirmed(d.Bestandsnaam));
            }
            else if (Documenten.First(c => c.Naam == d.Bestandsnaam).Sha256 is { } sha && sha != d.Sha256)
            {
                problems.Add(T.DocumentOtherContent(d.Bestandsnaam));
            }
        }

        problems.AddRange(Documenten.Where(c => documenten.All(d => d.Bestandsnaam != c.Naam)).Select(c => T.DocumentNotSubmitted(c.Naam)));
        problems.AddRange(AnswerDifferences(submitted.Where(ActiviteitIds.Contains), antwoorden ?? new Dictionary<string, string>()));
        return problems;
    }

    private IEnumerable<Bilingual> AnswerDifferences(IEnumerable<string> activities, IReadOnlyDictionary<string, string> given)
    {
        if (given.Count == 0)
        {
            yield break;
        }

        if (Antwoorden is null)
        {
            yield return T.NoAnswersConfirmed(given.Count);
            yield break;
        }

        foreach (var activity in activities)
        {
            var confirmed = Antwoorden.GetValueOrDefault(activity) ?? new Dictionary<string, string>();
            foreach (var (vraag, antwoord) in given.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                if (!confirmed.TryGetValue(vraag, out var seen))
                {
                    yield return T.AnswerNotConfirmed(vraag, activity);
                }
                else if (!string.Equals(seen, antwoord, StringComparison.Ordinal))
                {
                    yield return T.AnswerOther(vraag, activity, seen, antwoord);
                }
            }
        }
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? ReadAntwoorden(JsonElement root)
    {
        var activities = JsonRead.Items(root, "activiteiten").Where(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("antwoorden", out _)).ToList();
        if (activities.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var a in activities)
        {
            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in JsonRead.Items(a, "antwoorden"))
            {
                if (JsonRead.Text(item, "vraagId") is { } vraag && JsonRead.Text(item, "antwoord") is { } antwoord)
                {
                    answers[vraag] = antwoord;
                }
            }

            result[JsonRead.Text(a, "imowId") ?? ""] = answers;
        }

        return result;
    }

    [GeneratedRegex("^[0-9]{13}$")]
    private static partial Regex Nummer();
}
