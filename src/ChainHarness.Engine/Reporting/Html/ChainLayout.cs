using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The chain picture's geometry: the four lanes stacked top to bottom, each read left to right,
/// so a room can read it like text (at most four boxes a row, large enough to read from the back).
/// Each step declares its grid place (<see cref="StepDefinition.Place"/>); lanes and arrows come from the definitions.
/// </summary>
public sealed class ChainLayout
{
    public const double LabelWidth = 140;
    public const double BoxWidth = 224;
    public const double BoxHeight = 90;
    public const double ColumnGap = 50;
    public const double RowGap = 22;
    public const double LanePadding = 20;
    public const double LaneGap = 40;
    public const double Margin = 14;

    public ChainLayout(IEnumerable<StepDefinition> steps)
    {
        var all = steps.ToList();
        var boxes = new Dictionary<StepId, BoxPlacement>();
        var lanes = new List<LaneBand>();
        var y = Margin;
        foreach (var lane in Enum.GetValues<Lane>())
        {
            var members = all.Where(s => s.Lane == lane).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var places = members.Select((s, i) => (Step: s, Place: s.Place is { } p ? (p.Column, p.Row) : (i, 0))).ToList();
            var rows = places.Max(p => p.Place.Item2) + 1;
            var height = (2 * LanePadding) + (rows * BoxHeight) + ((rows - 1) * RowGap);
            foreach (var (step, (column, row)) in places)
            {
                var x = Margin + LabelWidth + LanePadding + (column * (BoxWidth + ColumnGap));
                var top = y + LanePadding + (row * (BoxHeight + RowGap));
                boxes[step.Id] = new BoxPlacement(step, column, row, x, top, BoxWidth, BoxHeight);
            }

            lanes.Add(new LaneBand(lane, y, height, members));
            y += height + LaneGap;
        }

        Boxes = boxes;
        Lanes = lanes;
        Height = y - LaneGap + Margin;
        Width = boxes.Values.Max(b => b.Right) + LanePadding + Margin;
    }

    public IReadOnlyDictionary<StepId, BoxPlacement> Boxes { get; }

    public IReadOnlyList<LaneBand> Lanes { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The x of the corridor left of the boxes, where arrows run down to a box with another above it.</summary>
    public static double Corridor => Margin + LabelWidth + (LanePadding / 2);

    public LaneBand LaneOf(StepDefinition step) => Lanes.First(l => l.Lane == step.Lane);
}
