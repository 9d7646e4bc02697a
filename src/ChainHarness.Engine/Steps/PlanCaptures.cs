using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Steps;

/// <summary>Captured by steps 1–4b.</summary>
public sealed class PlanCaptures(CaptureLedger ledger)
{
    /// <summary>The delivery the plan software exported in step 1, sent again in steps 2 and 3.</summary>
    public PlanDelivery? Delivery { get => ledger.Read(CaptureNames.PlanDelivery, field); set => field = ledger.Write(CaptureNames.PlanDelivery, value); }

    /// <summary>AKN work of the regeling, e.g. <c>/akn/nl/act/gm9999/2026/omgevingsplan</c>.</summary>
    public string? RegelingWorkId { get => ledger.Read(CaptureNames.PlanRegelingWorkId, field); set => field = ledger.Write(CaptureNames.PlanRegelingWorkId, value); }

    /// <summary>AKN expression of the new version of the regeling.</summary>
    public string? RegelingExpressionId { get => ledger.Read(CaptureNames.PlanRegelingExpressionId, field); set => field = ledger.Write(CaptureNames.PlanRegelingExpressionId, value); }

    /// <summary>AKN work of the besluit.</summary>
    public string? BesluitWorkId { get => ledger.Read(CaptureNames.PlanBesluitWorkId, field); set => field = ledger.Write(CaptureNames.PlanBesluitWorkId, value); }

    /// <summary>The OW id of the activity the change annotates.</summary>
    public string? ActivityId { get => ledger.Read(CaptureNames.PlanActivityId, field); set => field = ledger.Write(CaptureNames.PlanActivityId, value); }

    /// <summary>The OW id of the werkingsgebied (locatie) of the rule.</summary>
    public string? LocationId { get => ledger.Read(CaptureNames.PlanLocationId, field); set => field = ledger.Write(CaptureNames.PlanLocationId, value); }

    /// <summary>The juridische regel that annotates the new rule text.</summary>
    public string? RuleId { get => ledger.Read(CaptureNames.PlanRuleId, field); set => field = ledger.Write(CaptureNames.PlanRuleId, value); }

    /// <summary>Everything the change carries (every rule, activity and location, what it ends, its text mutations), for step 4b to find in Ozon.</summary>
    public ChangeContent? Change { get => ledger.Read(CaptureNames.PlanChange, field); set => field = ledger.Write(CaptureNames.PlanChange, value); }
}
