using System.Globalization;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Reporting.Html;

public sealed class ChainLayoutTests
{
    [TestCase("report")]
    [TestCase("board")]
    public void Boxes_EveryStepInItsLaneAndNoTwoOverlap(string geometry)
    {
        var layout = LayoutFor(geometry);
        Assert.That(layout.Boxes.Keys, Is.EquivalentTo(KnownSteps.All.Select(s => s.Id)));
        foreach (var box in layout.Boxes.Values)
        {
            var lane = layout.LaneOf(box.Step);
            Assert.That(box.Y >= lane.Y && box.Bottom <= lane.Bottom, Is.True, $"box {box.Step.Id} lies outside its lane");
            Assert.That(layout.Boxes.Values.Where(o => o != box).Any(o => Overlaps(box, o.X, o.Y, o.Right, o.Bottom)), Is.False, $"box {box.Step.Id} overlaps another");
        }
    }

    [TestCase("report")]
    [TestCase("board")]
    public void Arrows_OnePerDependencyAndNoneCrossesAnotherBox(string geometry)
    {
        var layout = LayoutFor(geometry);
        var arrows = ArrowRouter.Dependencies(layout).ToList();

        Assert.That(arrows, Has.Count.EqualTo(KnownSteps.All.Sum(s => s.DependsOn.Count)));
        foreach (var (from, to) in arrows)
        {
            foreach (var (x1, y1, x2, y2) in Segments(ArrowRouter.Path(layout, from, to)))
            {
                var crossed = layout.Boxes.Values.Where(b => b != from && b != to)
                    .Where(b => Overlaps(b, Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2)));
                Assert.That(crossed.Select(b => b.Step.Id.ToString()), Is.Empty, $"arrow {from.Step.Id} → {to.Step.Id}");
            }
        }
    }

    [TestCase("report")]
    [TestCase("board")]
    public void Arrows_EndAtTheEdgeOfTheirTargetBox(string geometry)
    {
        var layout = LayoutFor(geometry);
        foreach (var (from, to) in ArrowRouter.Dependencies(layout))
        {
            var (_, _, x, y) = Segments(ArrowRouter.Path(layout, from, to)).Last();
            Assert.That((x == to.X && y > to.Y && y < to.Bottom) || (y == to.Y && x > to.X && x < to.Right), Is.True, $"arrow {from.Step.Id} → {to.Step.Id}");
        }
    }

    [Test]
    public void BoardGeometry_LaneTitlesAboveTheBoxes_NarrowerThanTheReportsPicture()
    {
        var report = new ChainLayout(KnownSteps.All);
        var board = new ChainLayout(KnownSteps.All, ChainGeometry.Board);

        Assert.That(report.Width, Is.EqualTo(1254), "report.html's picture keeps its size");
        Assert.That(board.Width, Is.EqualTo(1056), "at 1024 px the board draws 16-unit box text at 962 / 1056 ≈ 0.91, 14.6 px");
        Assert.That(board.Boxes.Values.Min(b => b.X), Is.EqualTo(ChainGeometry.Board.Margin + ChainGeometry.Board.LanePadding), "no label column");
        foreach (var box in board.Boxes.Values.Where(b => b.Row == 0))
        {
            Assert.That(box.Y - board.LaneOf(box.Step).Y, Is.EqualTo(ChainGeometry.Board.LaneTitle + ChainGeometry.Board.LanePadding), $"room for the lane's title above box {box.Step.Id}");
        }
    }

    [TestCase("Ontvangen en behandelen aanvraag", 19, 2, new[] { "Ontvangen en", "behandelen aanvraag" })]
    [TestCase("Valideren plan", 19, 2, new[] { "Valideren plan" })]
    [TestCase("een twee drie vier vijf zes zeven", 9, 2, new[] { "een twee", "drie vie…" })]
    public void TextWrap_Lines_WrapsOnWordsAndMarksACut(string text, int width, int max, string[] expected)
    {
        Assert.That(TextWrap.Lines(text, width, max), Is.EqualTo(expected));
    }

    private static ChainLayout LayoutFor(string geometry) =>
        new(KnownSteps.All, geometry == "board" ? ChainGeometry.Board : ChainGeometry.Report);

    private static bool Overlaps(BoxPlacement b, double left, double top, double right, double bottom) =>
        left < b.Right && right > b.X && top < b.Bottom && bottom > b.Y;

    /// <summary>The straight segments of an M/H/V path.</summary>
    private static IEnumerable<(double X1, double Y1, double X2, double Y2)> Segments(string path)
    {
        var parts = path.Split(' ');
        double x = double.Parse(parts[1], CultureInfo.InvariantCulture), y = double.Parse(parts[2], CultureInfo.InvariantCulture);
        for (var i = 3; i < parts.Length; i += 2)
        {
            var value = double.Parse(parts[i + 1], CultureInfo.InvariantCulture);
            var (nx, ny) = parts[i] == "H" ? (value, y) : (x, value);
            yield return (x, y, nx, ny);
            (x, y) = (nx, ny);
        }
    }
}
