using ChainHarness.Engine.Chain;
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
        var (submission, failure) = await PlanOpdrachten.SendAsync(context, OpdrachtSoort.Validatie, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var wait = await LvbbVerslagen.AwaitAsync(context, submission!.IdLevering, cancellationToken).ConfigureAwait(false);
        return VerslagJudgement.Validation(submission.IdLevering, wait);
    }
}
