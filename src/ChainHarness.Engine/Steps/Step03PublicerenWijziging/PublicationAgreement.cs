using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Steps.Step03PublicerenWijziging;

/// <summary>
/// Step 3's verdict: did the LVBB publish, and does the plan software say the same? A refused
/// publication whose fouten name what the change withdraws is a failed intrekking (F5).
/// </summary>
public static class PublicationAgreement
{
    public static StepOutcome Judge(string idLevering, VerslagWait wait, PlanPublicationStatus? plan, TimeSpan waitedForPlan, ChangeContent? change = null)
    {
        if (wait.Missing("publicatieOpdracht", idLevering) is { } missing)
        {
            return missing;
        }

        var verslag = wait.Verslag!;
        if (verslag.Status == VerslagStatus.Gepubliceerd && verslag.Fouten.Count > 0)
        {
            // Any fout fails the step, whatever the uitkomst says: a publication with blocking meldingen is not a clean one.
            return StepOutcome.Failed(
                $"The LVBB's verslag on {idLevering} says gepubliceerd, yet carries {verslag.Fouten.Count} melding(en) with ernst fout: {LvbbJson.Describe(verslag.Fouten).TrimEnd('.')}. A verslag with a fout is not a successful publication.")
                with { Owner = LikelyOwner.Lvbb };
        }

        var published = verslag.Status == VerslagStatus.Gepubliceerd;
        if (!published)
        {
            var disagree = plan?.State == PlanPublicationState.Gepubliceerd ? Texts.LvbbTexts.StatusesDisagree(plan.Shown) : "";
            var intrekking = disagree.Length == 0 && IsAboutWithdrawal(verslag, change)
                ? Texts.LvbbTexts.WithdrawalFailed(string.Join(", ", change!.Withdrawals.Select(w => w.Label)))
                : "";
            return StepOutcome.Failed(
                Texts.LvbbTexts.NotPublished(idLevering, verslag.Status.ToString(), LvbbJson.Describe(verslag.Fouten).TrimEnd('.')) + disagree + intrekking,
                disagree.Length > 0 ? Werkplaats.F2 : intrekking.Length > 0 ? Werkplaats.F5 : MeldingSoort.RejectsTheChange(verslag) ? Werkplaats.F8 : null);
        }

        var what = verslag.Publicatie is { } p ? (string)Texts.LvbbTexts.As(p.Besluit, p.Bekendmaking) : idLevering;
        return plan?.State switch
        {
            PlanPublicationState.Gepubliceerd => StepOutcome.Passed(Texts.LvbbTexts.Published(what, plan.Shown)),
            null or PlanPublicationState.InBehandeling => StepOutcome.Failed(
                Texts.LvbbTexts.StillPending(what, Texts.LvbbTexts.Seconds(waitedForPlan), plan?.Shown ?? Texts.LvbbTexts.NoStatus),
                Werkplaats.F4),
            _ => StepOutcome.Failed(
                Texts.LvbbTexts.ShownButPublished(plan.Shown, idLevering, what),
                Werkplaats.F2),
        };
    }

    private static bool IsAboutWithdrawal(LvbbVerslag verslag, ChangeContent? change) =>
        change is { Withdraws: true }
        && verslag.Fouten.Any(f => change.WithdrawalNames.Any(n => f.Beschrijving.Contains(n, StringComparison.Ordinal)));
}
