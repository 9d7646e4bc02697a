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
                Texts.OzonTexts.NoRuleHere(point, plan.RegelingWorkId, found.Count, plan.LocationId));
        }

        var rule = ofRegeling.FirstOrDefault(a => a.Id == plan.RuleId) ?? ofRegeling[0];
        if (!rule.ActivityIds.Contains(plan.ActivityId!) && plan.Change?.Rules.FirstOrDefault(r => r.Id == rule.Id) is { } delivered && delivered.ActivityIds.Contains(plan.ActivityId!))
        {
            // The delivery of step 1 carried the annotation: Ozon dropped it, so it is not the plan software's weak annotation (F6).
            return StepOutcome.Failed(
                Texts.OzonTexts.AnnotationDropped(point, rule.Id, plan.ActivityId, Names(rule.ActivityIds)))
                with { Owner = LikelyOwner.Ozon };
        }

        if (!rule.ActivityIds.Contains(plan.ActivityId!))
        {
            return StepOutcome.Failed(
                Texts.OzonTexts.WeakAnnotation(point, rule.Id, plan.ActivityId, Names(rule.ActivityIds)),
                Werkplaats.F6);
        }

        if (!rule.LocationIds.Contains(plan.LocationId!))
        {
            return StepOutcome.Failed(
                Texts.OzonTexts.NotInWerkingsgebied(point, rule.Id, plan.ActivityId, plan.LocationId, Names(rule.LocationIds)));
        }

        return StepOutcome.Passed(
            Texts.PassedTexts.Ozon(plan.RegelingExpressionId ?? plan.RegelingWorkId, point, rule.Id, plan.ActivityId, plan.LocationId));
    }

    private static string Names(IReadOnlyList<string> ids) => ids.Count == 0 ? "—" : string.Join(", ", ids);
}
