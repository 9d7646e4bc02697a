using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Lvbb;

/// <summary>Steps 2 and 3 alike: the plan software sends step 1's delivery to the LVBB, and the step notes what happened.</summary>
public static class PlanOpdrachten
{
    /// <summary>The submission when the LVBB took it in; otherwise the failed outcome that says why not.</summary>
    public static async Task<(PlanSubmission? Submission, StepOutcome? Failure)> SendAsync(StepContext context, OpdrachtSoort soort, CancellationToken cancellationToken)
    {
        var opdracht = soort == OpdrachtSoort.Validatie ? "validatieOpdracht" : "publicatieOpdracht";
        var delivery = context.Require(context.State.Plan.Delivery);

        var plan = context.Services.Require<IPlanSoftware>();
        var submission = await plan.SubmitAsync(delivery, soort, cancellationToken).ConfigureAwait(false);
        context.Evidence.Note(Texts.LvbbTexts.Sent(opdracht, submission.IdLevering), submission.Detail);
        return submission.Accepted
            ? (submission, null)
            : submission.RefusedByLvbb
                ? (submission, StepOutcome.Failed(Texts.LvbbTexts.NotTakenIn(opdracht, submission.IdLevering, submission.Detail), soort == OpdrachtSoort.Validatie ? Werkplaats.F7 : null))
                : (submission, StepOutcome.Failed(Texts.LvbbTexts.NeverReached(opdracht, submission.IdLevering, submission.Detail)) with { Owner = LikelyOwner.PlanSoftware });
    }
}
