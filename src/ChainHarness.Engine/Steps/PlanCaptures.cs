using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Steps;

/// <summary>Captured by steps 1–4b.</summary>
public sealed class PlanCaptures
{
    /// <summary>The delivery the plan software exported in step 1, sent again in steps 2 and 3.</summary>
    public PlanDelivery? Delivery { get; set; }

    /// <summary>The idLevering of the publicatieOpdracht.</summary>
    public string? IdLevering { get; set; }

    /// <summary>AKN work of the regeling, e.g. <c>/akn/nl/act/gm9999/2026/omgevingsplan</c>.</summary>
    public string? RegelingWorkId { get; set; }

    /// <summary>AKN expression of the new version of the regeling.</summary>
    public string? RegelingExpressionId { get; set; }

    /// <summary>AKN work of the besluit.</summary>
    public string? BesluitWorkId { get; set; }

    /// <summary>The OW id of the activity the change annotates.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The OW id of the werkingsgebied (locatie) of the rule.</summary>
    public string? LocationId { get; set; }

    /// <summary>The juridische regel that annotates the new rule text.</summary>
    public string? RuleId { get; set; }

    /// <summary>Everything the change carries (every rule, activity and location, what it ends, its text mutations), for step 4b to find in Ozon.</summary>
    public ChangeContent? Change { get; set; }
}
