using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Steps.Step02ValiderenPlan;

/// <summary>
/// Step 2, Valideren plan: the plan software sends the delivery of step 1 as a validatieOpdracht;
/// passes when the LVBB's verslag has no blocking melding (ernst fout).
/// </summary>
public sealed class Step02ValiderenPlan : IChainStep
{
    public StepDefinition Definition => KnownSteps.Step2;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        if (context.State.Plan.Delivery is not { } delivery)
        {
            return StepOutcome.Failed("There is no delivery to validate: step 1 (the plan software writing the change) did not run in this run.");
        }

        var plan = context.Services.Require<IPlanSoftware>();
        var submission = await plan.SubmitAsync(delivery, OpdrachtSoort.Validatie, cancellationToken).ConfigureAwait(false);
        context.Evidence.Note($"The plan software sent validatieOpdracht {submission.IdLevering}", submission.Detail);
        if (!submission.Accepted)
        {
            return StepOutcome.Failed($"The LVBB did not take in validatieOpdracht {submission.IdLevering}: {submission.Detail}", "F7");
        }

        var wait = await LvbbVerslagen.AwaitAsync(context, submission.IdLevering, cancellationToken).ConfigureAwait(false);
        return VerslagJudgement.Validation(submission.IdLevering, wait);
    }
}
