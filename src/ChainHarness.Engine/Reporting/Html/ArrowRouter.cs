using System.Globalization;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The path of a dependency arrow between two boxes, in right angles: straight on within a row,
/// an elbow to another row, down through the gap between lanes to a later lane, and round by the
/// corridor on the left when another box stands in the way.
/// </summary>
public static class ArrowRouter
{
    public static string Path(ChainLayout layout, BoxPlacement from, BoxPlacement to)
    {
        if (from.Step.Lane == to.Step.Lane)
        {
            return to.Row == from.Row
                ? $"M {N(from.Right)} {N(from.CenterY)} H {N(to.X)}"
                : $"M {N(from.Right)} {N(from.CenterY)} H {N(from.Right + (layout.Geometry.ColumnGap / 2))} V {N(to.CenterY)} H {N(to.X)}";
        }

        var boxAbove = layout.Boxes.Values.Any(b => b.Step.Lane == to.Step.Lane && b.Column == to.Column && b.Row < to.Row);
        if (to.Column == from.Column && !boxAbove)
        {
            return $"M {N(from.CenterX)} {N(from.Bottom)} V {N(to.Y)}";
        }

        var gap = layout.LaneOf(from.Step).Bottom + (layout.Geometry.LaneGap / 2);
        return boxAbove
            ? $"M {N(from.CenterX)} {N(from.Bottom)} V {N(gap)} H {N(layout.Corridor)} V {N(to.CenterY)} H {N(to.X)}"
            : $"M {N(from.CenterX)} {N(from.Bottom)} V {N(gap)} H {N(to.CenterX)} V {N(to.Y)}";
    }

    /// <summary>Every dependency of the known steps as (from, to).</summary>
    public static IEnumerable<(BoxPlacement From, BoxPlacement To)> Dependencies(ChainLayout layout) =>
        layout.Boxes.Values.SelectMany(to => to.Step.DependsOn
            .Where(layout.Boxes.ContainsKey)
            .Select(id => (layout.Boxes[id], to)));

    internal static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
