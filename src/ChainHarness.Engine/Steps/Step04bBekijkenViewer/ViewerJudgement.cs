using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step04bBekijkenViewer;

/// <summary>Step 4b's verdict on what Ozon returns at the test location.</summary>
public static class ViewerJudgement
{
    public static StepOutcome Judge(IReadOnlyList<OzonAnnotation> found, PlanCaptures plan, string point)
    {
        var ofRegeling = found.Where(a => a.RegelingWorkId == plan.RegelingWorkId).ToList();
        if (ofRegeling.Count == 0)
        {
            return StepOutcome.Failed(
                $"At the test location {point} Ozon returns no rule of regeling {plan.RegelingWorkId} ({found.Count} rule(s) of other regelingen): "
                + $"werkingsgebied {plan.LocationId} does not cover the test location, or the rule was published without it.");
        }

        var rule = ofRegeling.FirstOrDefault(a => a.Id == plan.RuleId) ?? ofRegeling[0];
        if (!rule.ActivityIds.Contains(plan.ActivityId!))
        {
            return StepOutcome.Failed(
                $"At the test location {point} Ozon shows rule {rule.Id}, but without activity {plan.ActivityId} (it has {Names(rule.ActivityIds)}): weak annotation.",
                Werkplaats.F6);
        }

        if (!rule.LocationIds.Contains(plan.LocationId!))
        {
            return StepOutcome.Failed(
                $"At the test location {point} Ozon shows rule {rule.Id} with activity {plan.ActivityId}, but not in werkingsgebied {plan.LocationId} (it has {Names(rule.LocationIds)}).");
        }

        return StepOutcome.Passed(
            $"Ozon shows {plan.RegelingExpressionId ?? plan.RegelingWorkId}; at {point} rule {rule.Id} with activity {plan.ActivityId} in werkingsgebied {plan.LocationId}.");
    }

    private static string Names(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}
