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
        var (verb, opdracht) = soort == OpdrachtSoort.Validatie ? ("validate", "validatieOpdracht") : ("publish", "publicatieOpdracht");
        if (context.State.Plan.Delivery is not { } delivery)
        {
            return (null, StepOutcome.Failed($"There is no delivery to {verb}: step 1 (the plan software writing the change) did not run in this run."));
        }

        var plan = context.Services.Require<IPlanSoftware>();
        var submission = await plan.SubmitAsync(delivery, soort, cancellationToken).ConfigureAwait(false);
        context.Evidence.Note($"The plan software sent {opdracht} {submission.IdLevering}", submission.Detail);
        return submission.Accepted
            ? (submission, null)
            : submission.RefusedByLvbb
                ? (submission, StepOutcome.Failed($"The LVBB refused {opdracht} {submission.IdLevering}: {submission.Detail}", soort == OpdrachtSoort.Validatie ? Werkplaats.F7 : null))
                : (submission, StepOutcome.Failed($"{opdracht} {submission.IdLevering} did not reach the LVBB as an opdracht it refused or took in: {submission.Detail}") with { Owner = LikelyOwner.PlanSoftware });
    }
}
