using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The chain picture's geometry: the four lanes stacked top to bottom, each read left to right,
/// so a room can read it like text (at most four boxes a row, large enough to read from the back).
/// Grid places are a drawing choice per step; lanes and arrows come from <see cref="KnownSteps"/>.
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

    // (column, row) within the step's lane. 8b, 9a and 9b share a row so the aanvraag reads as one line,
    // and 10 and 11 sit right under the step they hang from.
    private static readonly Dictionary<StepId, (int Column, int Row)> Grid = new()
    {
        ["1"] = (0, 0), ["2"] = (1, 0), ["3"] = (2, 0), ["4a"] = (3, 0), ["4b"] = (3, 1),
        ["5"] = (0, 0), ["6"] = (1, 0), ["7"] = (2, 0),
        ["8a"] = (0, 0), ["8b"] = (0, 1), ["9a"] = (1, 1), ["9b"] = (2, 1),
        ["10"] = (0, 0), ["11"] = (1, 0),
    };

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

            var places = members.Select((s, i) => (Step: s, Place: Grid.TryGetValue(s.Id, out var p) ? p : (i, 0))).ToList();
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
