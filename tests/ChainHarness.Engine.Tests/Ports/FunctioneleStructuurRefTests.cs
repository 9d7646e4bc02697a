using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Tests.Ports;

public sealed class FunctioneleStructuurRefTests
{
    [Test]
    public void For_ActivityId_EndsInTheOwIdAndReadsBack()
    {
        var reference = FunctioneleStructuurRef.For("nl.imow-gm9999.activiteit.dakkapel");

        Assert.That(reference, Is.EqualTo("http://toepasbare-regels.omgevingswet.overheid.nl/id/activiteit/nl.imow-gm9999.activiteit.dakkapel"));
        Assert.That(FunctioneleStructuurRef.TryGetActivityId(reference, out var id), Is.True);
        Assert.That(id, Is.EqualTo("nl.imow-gm9999.activiteit.dakkapel"));
    }

    [Test]
    public void TryGetActivityId_ConceptRef_IsNotAnActivityRef() =>
        Assert.That(FunctioneleStructuurRef.TryGetActivityId("http://toepasbare-regels.omgevingswet.overheid.nl/00000001001104470000/id/concept/ConclusieBouwenDakkapel", out _), Is.False);

    [TestCase("nl.imow-gm9999.activiteit.dakkapel", true)]
    [TestCase("nl.imow-pv26.activiteit.A1", true)]
    [TestCase("nl.imow-gm9999.gebied.dakkapelzone", false)]
    [TestCase("nl.imow-gm9999.activiteit.dakkapel-bouwen", false)]
    [TestCase("nl.imow-xx9999.activiteit.dakkapel", false)]
    [TestCase("nl.imow-gm9999.activiteit.abcdefghijklmnopqrstuvwxyz1234567", false)]
    public void IsActivityId_FollowsTheOwPattern(string id, bool expected) =>
        Assert.That(FunctioneleStructuurRef.IsActivityId(id), Is.EqualTo(expected));

    [Test]
    public void ForWerkzaamheid_Name_BecomesAConceptInPascalCase() =>
        Assert.That(FunctioneleStructuurRef.ForWerkzaamheid("Dakkapel plaatsen"), Is.EqualTo("http://toepasbare-regels.omgevingswet.overheid.nl/werkzaamheden/id/concept/DakkapelPlaatsen"));
}
