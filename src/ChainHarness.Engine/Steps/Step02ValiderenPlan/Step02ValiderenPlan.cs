using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step02ValiderenPlan;

/// <summary>
/// Step 2, Valideren plan: the plan software sends the delivery of step 1 as a validatieOpdracht;
/// passes when the LVBB's verslag has no blocking melding (ernst fout).
/// </summary>
public sealed class Step02ValiderenPlan : IChainStep
{
    /// <summary>Step 2 as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("2", "Valideren plan", "Validate the plan", Lane.Omgevingsplan, ["1"], "LVBB")
    {
        Ports = [DriverOptions.PlanSoftware],
        Endpoints = [DsoEndpoint.Lvbb],
        Reads = [CaptureNames.PlanDelivery],
        Expectation = new(
            "Het validatierapport van de LVBB heeft geen meldingen met ernst 'fout'.",
            "The LVBB validation report has no meldingen with ernst 'fout'."),
        Place = new(1, 0),
    };

    public StepDefinition Definition => Step;

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
