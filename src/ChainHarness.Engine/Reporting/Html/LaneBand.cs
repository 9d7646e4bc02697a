using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>One horizontal lane of the chain picture.</summary>
public sealed record LaneBand(Lane Lane, double Y, double Height, IReadOnlyList<StepDefinition> Steps)
{
    public double Bottom => Y + Height;
}
