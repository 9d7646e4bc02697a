using ChainHarness.Engine.Protocols;
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
                Texts.LvbbTexts.Rejected(idLevering, verslag.Status.ToString(), LvbbJson.Describe(verslag.Fouten).TrimEnd('.'))
                + (change ? Texts.LvbbTexts.ChangeDoesNotFit : ""),
                change ? Werkplaats.F8 : Werkplaats.F7);
        }

        var warnings = verslag.Meldingen.Count(m => m.Ernst == MeldingErnst.Waarschuwing);
        return StepOutcome.Passed(
            Texts.LvbbTexts.Validated(idLevering, warnings));
    }
}
