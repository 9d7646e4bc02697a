using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step03PublicerenWijziging;

/// <summary>
/// Step 3, Publiceren wijziging: the plan software sends the delivery as a publicatieOpdracht.
/// Passes when the LVBB's verslag says published and the plan software shows the same final
/// status; a verslag that never comes (F9), a plan software stuck on "in behandeling" (F4) or a
/// plan software reporting an error for a published change (F2) fail it, and so does an intrekking the LVBB refuses (F5).
/// </summary>
public sealed class Step03PublicerenWijziging : IChainStep
{
    /// <summary>Step 3 as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("3", "Publiceren wijziging", "Publish the change", Lane.Omgevingsplan, ["2"], "plansoftware")
    {
        Ports = [DriverOptions.PlanSoftware],
        Endpoints = [DsoEndpoint.Lvbb],
        Reads = [CaptureNames.PlanDelivery, CaptureNames.PlanChange],
        Writes = [CaptureNames.PlanRegelingExpressionId],
        Expectation = new(
            "De LVBB accepteert de publicatieOpdracht, het verslag meldt 'gepubliceerd' en de plansoftware toont de eindstatus.",
            "LVBB accepts the publicatieOpdracht, the verslag says published and the plan software shows the final status."),
        Place = new(2, 0),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var plan = context.Services.Require<IPlanSoftware>();
        var (submission, failure) = await PlanOpdrachten.SendAsync(context, OpdrachtSoort.Publicatie, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var wait = await LvbbVerslagen.AwaitAsync(context, submission!.IdLevering, cancellationToken).ConfigureAwait(false);
        if (wait.Verslag is not { } verslag)
        {
            return PublicationAgreement.Judge(submission.IdLevering, wait, null, TimeSpan.Zero, context.State.Plan.Change);
        }

        PlanPublicationStatus? last = null;
        var status = await context.PollAsync(
            Texts.LvbbTexts.PlanStatusOf(submission.IdLevering),
            async ct =>
            {
                last = await plan.GetStatusAsync(submission.IdLevering, ct).ConfigureAwait(false);
                return last.IsFinal || verslag.Status != VerslagStatus.Gepubliceerd ? last : null;
            },
            cancellationToken).ConfigureAwait(false);
        context.Evidence.Note(Texts.LvbbTexts.PlanShows(last?.Shown ?? "", submission.IdLevering), Texts.LvbbTexts.Asked(status.Attempts, status.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
        if (verslag.Publicatie?.RegelingExpressie is { } expression)
        {
            context.State.Plan.RegelingExpressionId = expression;
        }

        return PublicationAgreement.Judge(submission.IdLevering, wait, last, status.Elapsed, context.State.Plan.Change);
    }
}
