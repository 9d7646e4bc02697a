using System.Globalization;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Reporting.Html;

public sealed class ChainLayoutTests
{
    private static readonly ChainLayout Layout = new(KnownSteps.All);

    [Test]
    public void Boxes_EveryStepInItsLaneAndNoTwoOverlap()
    {
        Assert.That(Layout.Boxes.Keys, Is.EquivalentTo(KnownSteps.All.Select(s => s.Id)));
        foreach (var box in Layout.Boxes.Values)
        {
            var lane = Layout.LaneOf(box.Step);
            Assert.That(box.Y >= lane.Y && box.Bottom <= lane.Bottom, Is.True, $"box {box.Step.Id} lies outside its lane");
            Assert.That(Layout.Boxes.Values.Where(o => o != box).Any(o => Overlaps(box, o.X, o.Y, o.Right, o.Bottom)), Is.False, $"box {box.Step.Id} overlaps another");
        }
    }

    [Test]
    public void Arrows_OnePerDependencyAndNoneCrossesAnotherBox()
    {
        var arrows = ArrowRouter.Dependencies(Layout).ToList();

        Assert.That(arrows, Has.Count.EqualTo(KnownSteps.All.Sum(s => s.DependsOn.Count)));
        foreach (var (from, to) in arrows)
        {
            foreach (var (x1, y1, x2, y2) in Segments(ArrowRouter.Path(Layout, from, to)))
            {
                var crossed = Layout.Boxes.Values.Where(b => b != from && b != to)
                    .Where(b => Overlaps(b, Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2)));
                Assert.That(crossed.Select(b => b.Step.Id.ToString()), Is.Empty, $"arrow {from.Step.Id} → {to.Step.Id}");
            }
        }
    }

    [Test]
    public void Arrows_EndAtTheEdgeOfTheirTargetBox()
    {
        foreach (var (from, to) in ArrowRouter.Dependencies(Layout))
        {
            var (_, _, x, y) = Segments(ArrowRouter.Path(Layout, from, to)).Last();
            Assert.That((x == to.X && y > to.Y && y < to.Bottom) || (y == to.Y && x > to.X && x < to.Right), Is.True, $"arrow {from.Step.Id} → {to.Step.Id}");
        }
    }

    [TestCase("Ontvangen en behandelen aanvraag", 19, 2, new[] { "Ontvangen en", "behandelen aanvraag" })]
    [TestCase("Valideren plan", 19, 2, new[] { "Valideren plan" })]
    [TestCase("een twee drie vier vijf zes zeven", 9, 2, new[] { "een twee", "drie vie…" })]
    public void TextWrap_Lines_WrapsOnWordsAndMarksACut(string text, int width, int max, string[] expected)
    {
        Assert.That(TextWrap.Lines(text, width, max), Is.EqualTo(expected));
    }

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
