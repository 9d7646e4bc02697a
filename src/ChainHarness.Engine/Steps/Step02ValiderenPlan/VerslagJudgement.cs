using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Lvbb;

namespace ChainHarness.Engine.Steps.Step02ValiderenPlan;

/// <summary>
/// What a validation verslag means for step 2: a fout about the change itself (it changes a version
/// the LVBB does not hold) is F8, any other fout F7.
/// </summary>
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
            var change = MeldingSoort.RejectsTheChange(verslag);
            return StepOutcome.Failed(
                $"The LVBB rejected the delivery in validatieOpdracht {idLevering} (verslag: {verslag.Status}): {LvbbJson.Describe(verslag.Fouten).TrimEnd('.')}."
                + (change ? " The change does not fit the regeling as the LVBB holds it, so nothing new can show in the viewer." : ""),
                change ? Werkplaats.F8 : Werkplaats.F7);
        }

        var warnings = verslag.Meldingen.Count(m => m.Ernst == MeldingErnst.Waarschuwing);
        return StepOutcome.Passed(
            $"The LVBB validated {idLevering}: no blocking meldingen" + (warnings > 0 ? $", {warnings} waarschuwing(en)." : "."));
    }
}
