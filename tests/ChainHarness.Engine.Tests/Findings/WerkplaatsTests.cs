using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Findings;

public sealed class FindingCatalogTests
{
    [Test]
    public void All_HoldsF1ToF20InOrder()
    {
        Assert.That(Werkplaats.All.Select(f => f.Code), Is.EqualTo(Enumerable.Range(1, 20).Select(i => $"F{i}")));
    }

    [Test]
    public void All_EveryFindingHasBothLanguagesAnOwnerAndWhatToCheck()
    {
        foreach (var f in Werkplaats.All)
        {
            Assert.That(new[] { f.Text.Dutch, f.Text.English, f.Owner.Dutch, f.Owner.English, f.Check.Dutch, f.Check.English, f.Where },
                Has.All.Not.Empty, f.Code);
            Assert.That(f.Text.Dutch, Is.Not.EqualTo(f.Text.English), $"{f.Code}: the Dutch line must be Dutch");
            Assert.That(f.Steps.All(s => KnownSteps.All.Any(k => k.Id == s)), Is.True, $"{f.Code} names a step that does not exist");
        }
    }

    [TestCase("F7", "2")]
    [TestCase("F12", "7")]
    [TestCase("F18", "10")]
    [TestCase("F20", "11")]
    public void Find_KnownCode_NamesTheStepWhereItShows(string code, string step)
    {
        Assert.That(Werkplaats.Find(code)!.Steps, Does.Contain((StepId)step));
    }

    [Test]
    public void Find_LowerCaseOrUnknown_FindsOrGivesNull()
    {
        Assert.That(Werkplaats.Find(" f7 ")!.Code, Is.EqualTo("F7"));
        Assert.That(Werkplaats.Find("F21"), Is.Null);
        Assert.That(Werkplaats.Find(null), Is.Null);
    }

    [Test]
    public void StepExpectations_EveryKnownStepHasOne()
    {
        Assert.That(KnownSteps.All.Select(s => s.Expectation.Dutch), Has.None.StartsWith("("));
    }

    [Test]
    public void LikelyOwner_ForEveryKnownStep_IsANamedSystem()
    {
        var named = new[]
        {
            LikelyOwner.PlanSoftware, LikelyOwner.Lvbb, LikelyOwner.Ozon, LikelyOwner.RulesSoftware, LikelyOwner.Omgevingsloket,
            LikelyOwner.VthSystem, LikelyOwner.Omgevingsdienst, LikelyOwner.Swf,
        };
        Assert.That(KnownSteps.All.Select(LikelyOwner.ForStep).Distinct(), Is.SubsetOf(named));
    }
}
