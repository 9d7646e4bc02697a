using ChainHarness.Engine.Lvbb;

namespace ChainHarness.Engine.Steps.Step02ValiderenPlan;

/// <summary>What a validation verslag means for step 2.</summary>
public static class VerslagJudgement
{
    public static StepOutcome Validation(string idLevering, VerslagWait wait)
    {
        if (!wait.Answered)
        {
            return StepOutcome.Failed(
                $"The LVBB gave no verslag on validatieOpdracht {idLevering} within {wait.Waited.TotalSeconds:0.#} s: the validation is stuck in processing.",
                "F9");
        }

        if (wait.Verslag is not { } verslag)
        {
            return StepOutcome.Failed($"The LVBB's verslag on validatieOpdracht {idLevering} cannot be read.");
        }

        if (verslag.Fouten.Count > 0 || verslag.Status != VerslagStatus.Gevalideerd)
        {
            return StepOutcome.Failed(
                $"The LVBB rejected the delivery in validatieOpdracht {idLevering} (verslag: {verslag.Status}): {LvbbJson.Describe(verslag.Fouten)}.",
                "F7");
        }

        var warnings = verslag.Meldingen.Count(m => m.Ernst == MeldingErnst.Waarschuwing);
        return StepOutcome.Passed(
            $"The LVBB validated {idLevering}: no blocking meldingen" + (warnings > 0 ? $", {warnings} waarschuwing(en)." : "."));
    }
}
