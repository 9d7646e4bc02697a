using ChainHarness.Board.Scenarios;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Board.Tests.Scenarios;

public sealed class BoardScenariosTests
{
    [Test]
    public void All_AllesGoedThenOnePerFinding_EachSwitchingOnTheFaultOfItsCode()
    {
        var all = BoardScenarios.All;

        Assert.That(all[0].Key, Is.EqualTo(BoardScenarios.AllGoodKey));
        Assert.That(all[0].Faults, Is.Empty);
        Assert.That(all.Skip(1).Select(s => s.Key), Is.EqualTo(FindingCatalog.All.Select(f => f.Code)));
        Assert.That(all.Skip(1).All(s => s.Faults.SequenceEqual([s.Finding!.Code])), Is.True);
    }

    [TestCase("f7", "F7")]
    [TestCase(" F20 ", "F20")]
    [TestCase("ALLES-GOED", BoardScenarios.AllGoodKey)]
    public void Find_AnyCaseOrSpacing_FindsTheScenario(string key, string expected)
    {
        Assert.That(BoardScenarios.Find(key)?.Key, Is.EqualTo(expected));
    }

    [TestCase("F21")]
    [TestCase(null)]
    public void Find_Unknown_Null(string? key)
    {
        Assert.That(BoardScenarios.Find(key), Is.Null);
    }
}
