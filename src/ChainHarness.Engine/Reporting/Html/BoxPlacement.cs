using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>Where one step's box sits in the chain picture (SVG user units).</summary>
public sealed record BoxPlacement(StepDefinition Step, int Column, int Row, double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);
}
