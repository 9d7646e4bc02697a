using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Tests.Iterations;

public sealed class IterationPacksTests
{
    [TestCase(1, null, "testdorp/wijziging-dakkapellen")]
    [TestCase(2, null, "iterations/2/wijziging")]
    [TestCase(3, 2, "iterations/3/wijziging")]
    public void For_EachIteration_ItsPackWithTemplatesRulesAndABuiltInLoketScenario(int iteration, int? vanaf, string templates)
    {
        var pack = IterationPacks.For(iteration);

        Assert.That(pack.Iteratie, Is.EqualTo(iteration));
        Assert.That(pack.Vanaf, Is.EqualTo(vanaf));
        Assert.That(pack.Plan.Map, Is.EqualTo(templates));
        Assert.That(pack.Plan.Naam, Does.Match("^[a-z]+$"), "letters only: it goes into AKN and JOIN identifiers");
        Assert.That(pack.Plan.Gios, Is.Not.Empty);
        Assert.That(pack.Titel, Is.Not.Empty);
        Assert.That(LoketScenarioLoader.Validate(pack.Loket, "loket"), Is.Empty);
    }

    [Test]
    public void For_NoIteration_IsIterationOne() =>
        Assert.That(IterationPacks.For(null), Is.SameAs(IterationPacks.For(1)));

    [Test]
    public void Withdraws_OnlyIterationThree() =>
        Assert.That(IterationPacks.Numbers.Where(n => IterationPacks.For(n).Withdraws), Is.EqualTo(new[] { 3 }));

    [TestCase(0)]
    [TestCase(4)]
    [TestCase(-1)]
    public void Problem_NoIteration_SaysWhichThreeThereAre(int value) =>
        Assert.That(IterationPacks.Problem(value), Does.StartWith($"{value} is not an iteration of the werkplaats: choose 1").And.Contain("3 (realistic content with intrekken and vervangen)"));

    [Test]
    public void Validate_ProfileWithIterationFour_NamesTheKey()
    {
        var profile = new ProfileOptions { Iteration = 4 };

        var errors = profile.Validate("ChainHarness:Profiles:local");

        Assert.That(errors, Has.One.StartsWith("ChainHarness:Profiles:local:Iteration: 4 is not an iteration of the werkplaats"));
    }

    [Test]
    public void For_ProfileWithoutLoketScenario_PlaysItsIterationsOne()
    {
        Assert.That(LoketScenarioLoader.For(new ProfileOptions { Iteration = 3 }).Check.VerwachteConclusie, Is.EqualTo("Vergunningplicht"));
        Assert.That(LoketScenarioLoader.For(new ProfileOptions { Iteration = 3 }).Check.Antwoorden["vraag-dakvlak"], Is.EqualTo("Achterkant"));
        Assert.That(LoketScenarioLoader.For(new ProfileOptions { Iteration = 3, LoketScenario = "testdorp-dakkapel.json" }).Check.Antwoorden["vraag-dakvlak"], Is.EqualTo("Voorkant"));
    }
}
