namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The chain picture's measures in SVG units. <see cref="Report"/>: the lane names in a column on the left, as
/// report.html draws it. <see cref="Board"/>: the live board's, for a beamer (1024×768): the lane names on a line
/// above each lane's boxes, so the picture is 1056 units wide instead of 1254, and its box text, at the board's
/// font sizes (<c>BoardStyles</c>: 16 units), renders at about 14.6 px in a 1024 px wide window.
/// </summary>
public sealed record ChainGeometry
{
    /// <summary>report.html's picture.</summary>
    public static ChainGeometry Report { get; } = new();

    /// <summary>The live board's picture: lane titles above the boxes, wider boxes, narrower gaps.</summary>
    public static ChainGeometry Board { get; } = new()
    {
        LabelWidth = 0,
        LaneTitle = 28,
        BoxWidth = 232,
        ColumnGap = 28,
        RowGap = 16,
        LanePadding = 14,
        LaneGap = 26,
        Margin = 8,
        NameX = 50,
        NameY = 26,
        NameLineHeight = 20,
        NameChars = 19,
    };

    /// <summary>The column left of the boxes that holds the lane's name; 0 puts the name on a line above the boxes.</summary>
    public double LabelWidth { get; init; } = 140;

    /// <summary>The height of the line above a lane's boxes that holds its name (only when <see cref="LabelWidth"/> is 0).</summary>
    public double LaneTitle { get; init; }

    public double BoxWidth { get; init; } = 224;

    public double BoxHeight { get; init; } = 90;

    public double ColumnGap { get; init; } = 50;

    public double RowGap { get; init; } = 22;

    public double LanePadding { get; init; } = 20;

    public double LaneGap { get; init; } = 40;

    public double Margin { get; init; } = 14;

    /// <summary>Where a box's step name starts, from the box's left edge.</summary>
    public double NameX { get; init; } = 58;

    /// <summary>The baseline of the name's first line, from the box's top edge.</summary>
    public double NameY { get; init; } = 25;

    public double NameLineHeight { get; init; } = 19;

    /// <summary>The characters a line of a step name may hold (two lines at most).</summary>
    public int NameChars { get; init; } = 19;

    public bool TitleAbove => LabelWidth == 0;
}
