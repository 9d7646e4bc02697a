using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Steps.Step01WijzigenOmgevingsplan;

/// <summary>
/// Step 1, Downloaden/wijzigen omgevingsplan: the plan software writes the change (a
/// wijzigingsbesluit with a rule text, its activity and werkingsgebied) and exports it as a
/// STOP/TPOD delivery. Passes when every part is there and the rule is annotated (see <see cref="ChangeInspection"/>).
/// </summary>
public sealed class Step01WijzigenOmgevingsplan : IChainStep
{
    /// <summary>Step 1 as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("1", "Downloaden/wijzigen omgevingsplan", "Download and change the omgevingsplan", Lane.Omgevingsplan, [], "plansoftware")
    {
        Ports = [DriverOptions.PlanSoftware],
        Writes = [CaptureNames.PlanDelivery, CaptureNames.PlanRegelingWorkId, CaptureNames.PlanRegelingExpressionId, CaptureNames.PlanBesluitWorkId, CaptureNames.PlanActivityId, CaptureNames.PlanLocationId, CaptureNames.PlanRuleId, CaptureNames.PlanChange],
        Expectation = new(
            "Er is een STOP/TPOD-levering: besluit-XML, OW-objecten voor activiteit en locatie, en een manifest.",
            "A STOP/TPOD delivery exists: besluit XML, OW objects for the activity and location, and a manifest."),
        Place = new(0, 0),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var plan = context.Services.Require<IPlanSoftware>();
        var export = await plan.ProduceChangeAsync(cancellationToken).ConfigureAwait(false);
        var delivery = StopDeliveryReader.TryRead(export.Zip, out var error);
        if (delivery is null)
        {
            return StepOutcome.Failed(Texts.ChangeTexts.CannotOpen(export.FileName, error));
        }

        context.Evidence.Note(
            Texts.ChangeTexts.DeliveryNote(export.FileName, export.Zip.Length),
            string.Join("\n", delivery.Files.Select(f => $"{f.Name} ({f.Content.Length} bytes)")));
        var inspection = new ChangeInspection(delivery);
        if (inspection.Missing.Count > 0)
        {
            return StepOutcome.Failed(Texts.ChangeTexts.Incomplete(export.FileName, Bilingual.Join("; ", inspection.Missing)));
        }

        if (inspection.WeakAnnotation is not null)
        {
            return StepOutcome.Failed(
                Texts.ChangeTexts.WeakAnnotation(inspection.WeakAnnotation),
                Werkplaats.F6);
        }

        if (inspection.UnendedWithdrawals.Count > 0)
        {
            return StepOutcome.Failed(
                Texts.ChangeTexts.WrongIntrekking(Bilingual.Join("; ", inspection.UnendedWithdrawals)),
                Werkplaats.F5);
        }

        var captures = context.State.Plan;
        captures.Delivery = export;
        captures.BesluitWorkId = inspection.BesluitWorkId;
        captures.RegelingWorkId = inspection.RegelingWorkId;
        captures.RegelingExpressionId = inspection.RegelingExpressionId;
        captures.ActivityId = inspection.ActivityId;
        captures.LocationId = inspection.LocationId;
        captures.RuleId = inspection.Rule!.Id;
        captures.Change = inspection.Content;
        return StepOutcome.Passed(
            Texts.PassedTexts.PlanWritten(inspection.BesluitWorkId, inspection.Rule.Id, inspection.ActivityId, inspection.LocationId, delivery.Files.Count)
            + ChangeText.Describe(inspection.Content));
    }
}
