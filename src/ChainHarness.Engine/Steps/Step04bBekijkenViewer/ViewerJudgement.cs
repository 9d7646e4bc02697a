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
        if (!rule.ActivityIds.Contains(plan.ActivityId!) && plan.Change?.Rules.FirstOrDefault(r => r.Id == rule.Id) is { } delivered && delivered.ActivityIds.Contains(plan.ActivityId!))
        {
            // The delivery of step 1 carried the annotation: Ozon dropped it, so it is not the plan software's weak annotation (F6).
            return StepOutcome.Failed(
                $"At the test location {point} Ozon shows rule {rule.Id} without activity {plan.ActivityId} (it has {Names(rule.ActivityIds)}), although the delivery of step 1 annotated that rule with it: Ozon dropped the annotation the delivery carried.")
                with { Owner = LikelyOwner.Ozon };
        }

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
            Texts.PassedTexts.Ozon(plan.RegelingExpressionId ?? plan.RegelingWorkId, point, rule.Id, plan.ActivityId, plan.LocationId));
    }

    private static string Names(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}
