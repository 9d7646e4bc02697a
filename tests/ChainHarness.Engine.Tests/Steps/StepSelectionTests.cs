using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Steps;

public sealed class StepSelectionTests
{
    [TestCase("1-4b", "1,2,3,4a,4b")]
    [TestCase("3,4b", "3,4b")]
    [TestCase("5-7,10", "5,6,7,10")]
    [TestCase("all", "1,2,3,4a,4b,5,6,7,8a,8b,9a,9b,10,11")]
    [TestCase(" 8A ", "8a")]
    public void TryParse_ValidText_SelectsTheStepsInChainOrder(string text, string expected)
    {
        Assert.That(StepSelection.TryParse(text, out var selection, out var error), Is.True, error);
        var ids = KnownSteps.All.Select(s => s.Id).Where(selection.Contains);
        Assert.That(string.Join(",", ids), Is.EqualTo(expected));
    }

    [TestCase("12", "'12' is not a step")]
    [TestCase("4c", "'4c' is not a step")]
    [TestCase("4b-1", "runs backwards")]
    [TestCase("1-2-3", "is not a step")]
    public void TryParse_InvalidText_SaysWhichPartIsWrong(string text, string expected)
    {
        Assert.That(StepSelection.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(expected));
    }

    [Test]
    public void StepId_OrdersByNumberThenLetter()
    {
        var ids = new StepId[] { "10", "4b", "9a", "4a", "1", "11", "8b" };
        Assert.That(ids.Order().Select(i => i.ToString()), Is.EqualTo(new[] { "1", "4a", "4b", "8b", "9a", "10", "11" }));
    }

    [Test]
    public void KnownSteps_EveryDependencyComesEarlierInChainOrder()
    {
        var seen = new HashSet<StepId>();
        foreach (var step in KnownSteps.All)
        {
            Assert.That(step.DependsOn.All(seen.Contains), Is.True, $"step {step.Id}");
            seen.Add(step.Id);
        }

        Assert.That(KnownSteps.All.Select(s => s.Id.ToString()), Is.EqualTo(new[] { "1", "2", "3", "4a", "4b", "5", "6", "7", "8a", "8b", "9a", "9b", "10", "11" }), "the werkplaats's steps, each discovered from its folder");
    }
}
