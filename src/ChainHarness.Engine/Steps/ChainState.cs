using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// What steps capture for the steps after them, typed and grouped by lane. Each section has a
/// file of its own so the lanes grow independently.
/// </summary>
public sealed class ChainState
{
    public PlanCaptures Plan { get; } = new();

    public RulesCaptures Rules { get; } = new();

    public LoketCaptures Loket { get; } = new();

    public PartnerCaptures Partners { get; } = new();
}
