using ChainHarness.Engine.Lvbb;

namespace ChainHarness.Engine.Steps.Step02ValiderenPlan;

/// <summary>What a validation verslag means for step 2.</summary>
public static class VerslagJudgement
{
    public static StepOutcome Validation(string idLevering, VerslagWait wait)
    {
        if (wait.Missing("validatieOpdracht", idLevering) is { } missing)
        {
            return missing;
        }

        var verslag = wait.Verslag!;
        if (verslag.Fouten.Count > 0 || verslag.Status != VerslagStatus.Gevalideerd)
        {
            return StepOutcome.Failed(
                $"The LVBB rejected the delivery in validatieOpdracht {idLevering} (verslag: {verslag.Status}): {LvbbJson.Describe(verslag.Fouten).TrimEnd('.')}.",
                "F7");
        }

        var warnings = verslag.Meldingen.Count(m => m.Ernst == MeldingErnst.Waarschuwing);
        return StepOutcome.Passed(
            $"The LVBB validated {idLevering}: no blocking meldingen" + (warnings > 0 ? $", {warnings} waarschuwing(en)." : "."));
    }
}
