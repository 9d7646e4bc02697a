using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The chain picture's geometry: the four lanes stacked top to bottom, each read left to right,
/// so a room can read it like text (at most four boxes a row, large enough to read from the back).
/// Each step declares its grid place (<see cref="StepDefinition.Place"/>); lanes and arrows come from the definitions;
/// the measures from a <see cref="ChainGeometry"/> (the report's or the board's).
/// </summary>
public sealed class ChainLayout
{
    public ChainLayout(IEnumerable<StepDefinition> steps, ChainGeometry? geometry = null)
    {
        var g = Geometry = geometry ?? ChainGeometry.Report;
        var all = steps.ToList();
        var boxes = new Dictionary<StepId, BoxPlacement>();
        var lanes = new List<LaneBand>();
        var y = g.Margin;
        foreach (var lane in Enum.GetValues<Lane>())
        {
            var members = all.Where(s => s.Lane == lane).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var places = members.Select((s, i) => (Step: s, Place: s.Place is { } p ? (p.Column, p.Row) : (i, 0))).ToList();
            var rows = places.Max(p => p.Place.Item2) + 1;
            var height = g.LaneTitle + (2 * g.LanePadding) + (rows * g.BoxHeight) + ((rows - 1) * g.RowGap);
            foreach (var (step, (column, row)) in places)
            {
                var x = g.Margin + g.LabelWidth + g.LanePadding + (column * (g.BoxWidth + g.ColumnGap));
                var top = y + g.LaneTitle + g.LanePadding + (row * (g.BoxHeight + g.RowGap));
                boxes[step.Id] = new BoxPlacement(step, column, row, x, top, g.BoxWidth, g.BoxHeight);
            }

            lanes.Add(new LaneBand(lane, y, height, members));
            y += height + g.LaneGap;
        }

        Boxes = boxes;
        Lanes = lanes;
        Height = y - g.LaneGap + g.Margin;
        Width = boxes.Values.Max(b => b.Right) + g.LanePadding + g.Margin;
    }

    /// <summary>The measures this layout was made with.</summary>
    public ChainGeometry Geometry { get; }

    public IReadOnlyDictionary<StepId, BoxPlacement> Boxes { get; }

    public IReadOnlyList<LaneBand> Lanes { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The x of the corridor left of the boxes, where arrows run down to a box with another above it.</summary>
    public double Corridor => Geometry.Margin + Geometry.LabelWidth + (Geometry.LanePadding / 2);

    public LaneBand LaneOf(StepDefinition step) => Lanes.First(l => l.Lane == step.Lane);
}
