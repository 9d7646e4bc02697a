using System.Globalization;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step08aDoorlopenCheck;

/// <summary>
/// The rounds of a vergunningcheck: ask conclusie/_bepaal, answer the open questions from the
/// scenario, ask again, until the rules conclude. Stateless on the service side: every round sends
/// all answers so far. An evaluation error (422, <see cref="ProblemTypes.Evaluatiefout"/>) is the rules' own fault, said as such.
/// </summary>
public static class CheckRondes
{
    public static async Task<(IReadOnlyList<string> Gesteld, string? Conclusie, StepOutcome? Fout)> DoorloopAsync(
        StepContext context, string fsr, CheckScenario check, LocationOptions locatie, CancellationToken cancellationToken)
    {
        var datum = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var antwoorden = new Dictionary<string, string>(StringComparer.Ordinal);
        var gesteld = new List<string>();
        for (var ronde = 0; ronde <= check.Antwoorden.Count; ronde++)
        {
            var response = await context.SendAsync(DsoEndpoint.Uitvoeren, UitvoerenApi.Bepaal(UitvoerenApi.Conclusie, fsr, antwoorden, locatie, datum), cancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.UnprocessableEntity && ProblemTypes.Of(response.Content) == ProblemTypes.Evaluatiefout)
            {
                var detail = ProblemTypes.Detail(response.Content) ?? "";
                return (gesteld, null, StepOutcome.Failed(Texts.UitvoerenTexts.Evaluatiefout(fsr, (int)response.StatusCode, detail)) with { Owner = LikelyOwner.RulesSoftware });
            }

            var uitkomst = response.IsSuccessful ? UitvoerenApi.Uitkomst(response.Content!, fsr) : null;
            if (uitkomst is null || uitkomst.Activiteiten.Count == 0)
            {
                return (gesteld, null, StepOutcome.Failed(Texts.LoketTexts.NoActivityForCheck(fsr, Coordinate(locatie.X), Coordinate(locatie.Y), datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ResponseText.Describe(response)), ResponseText.Finding(response)) with { Owner = ResponseText.Owner(response) });
            }

            if (uitkomst.Conclusie is { } conclusie)
            {
                return (gesteld, conclusie, null);
            }

            foreach (var vraag in uitkomst.Vragen)
            {
                gesteld.Add(vraag.Id);
                if (!check.Antwoorden.TryGetValue(vraag.Id, out var antwoord) || antwoorden.ContainsKey(vraag.Id))
                {
                    return (gesteld, null, StepOutcome.Failed(Texts.LoketTexts.UnexpectedQuestion(vraag.Tekst, vraag.Id, string.Join(", ", check.VerwachteVragen))));
                }

                antwoorden[vraag.Id] = antwoord;
            }

            if (uitkomst.Vragen.Count == 0)
            {
                break;
            }
        }

        return (gesteld, null, StepOutcome.Failed(Texts.LoketTexts.NeitherConcludesNorAsks(fsr, gesteld.Count)));
    }

    private static string Coordinate(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
