using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Iterations;

/// <summary>The packs' deliveries as the simulated plan software writes them, before the LVBB; iteration 3's world as iteration 2 left it.</summary>
public sealed class IterationDeliveryTests
{
    [TestCase(2)]
    [TestCase(3)]
    public void Write_IterationsChange_IsValidAgainstTheOfficialXsdSchematronAndTheSimulatedLvbb(int iteration)
    {
        var world = World(iteration);
        var context = DeliveryCheckContexts.For(world) with { Official = RealDeliveries.Official() };

        var meldingen = DeliveryEdits.Testdorp(world).Validate(context);

        Assert.That(meldingen, Is.Empty, LvbbJson.Describe(meldingen));
    }

    [Test]
    public void Seed_Iteration3_StartsFromIteration2sPublishedChangeAndRules()
    {
        var world = World(3);

        Assert.That(world.OzonDocuments.FindRegeling(TestdorpPlan.RegelingWork("gm9999"))!.Versie, Is.EqualTo(2));
        Assert.That(world.OzonDocuments.Annotaties.Select(a => a.Id.Split('.')[^1]), Is.EqualTo(new[] { "dakkapel51", "dakkapel52", "erfafscheiding53" }));
        Assert.That(world.OzonDocuments.Artikelen(TestdorpPlan.RegelingWork("gm9999")).Select(a => a.Nummer), Is.EqualTo(new[] { "5.1", "5.2", "5.3" }));
        Assert.That(world.Ozon.FindActivity("nl.imow-gm9999.activiteit.dakkapelbouwen")!.LocationIds, Is.EqualTo(new[] { "nl.imow-gm9999.gebied.dakkapellencentrum", "nl.imow-gm9999.gebied.dorpsgezicht" }));
        Assert.That(world.Ozon.FindLocation("nl.imow-gm9999.gebiedengroep.erven"), Is.Not.Null);
        Assert.That(world.Bekendmakingen.All.Single().DatumBekendmaking, Is.EqualTo("2026-02-03"), "four weeks before today, the day after");
        Assert.That(world.Rtr.ValidOn(world.Today).Select(r => (r.Type.ToString(), r.IdLevering)), Is.EquivalentTo(new[]
        {
            ("Conclusie", "TR-gm9999-iteratie2"), ("Indieningsvereisten", "TR-gm9999-iteratie2"), ("Indieningsvereisten", "bestaande-inhoud"),
        }));
    }

    [Test]
    public void Validate_Iteration3PublishedWithoutItsOwStatus_IntrekkingIncomplete()
    {
        var world = World(3);
        var zip = LostIntrekking.Apply(TestdorpChange.Write(world, "gm9999-test-1").Zip);

        var meldingen = DeliveryValidator.Validate(StopDeliveryReader.TryRead(zip, out _)!, DeliveryCheckContexts.For(world));

        Assert.That(meldingen.Where(m => m.IsFout).Select(m => m.Code), Is.All.EqualTo(MeldingCodes.IntrekkingOnvolledig), LvbbJson.Describe(meldingen));
        Assert.That(meldingen.Select(m => m.Beschrijving), Is.EquivalentTo(new[]
        {
            "Het besluit trekt gm9999_1__chp_5__art_5.3 in uit /akn/nl/act/gm9999/2024/omgevingsplan, maar owRegelteksten.xml levert Regeltekst nl.imow-gm9999.regeltekst.erfafscheiding53 daarvan als geldend in plaats van die te beëindigen (status beëindigen).",
            "Het besluit trekt gm9999_1__chp_5__art_5.3 in uit /akn/nl/act/gm9999/2024/omgevingsplan, maar de levering beëindigt nl.imow-gm9999.juridischeregel.erfafscheiding53 niet, dat het annoteert: Ozon zou een ingetrokken regel blijven tonen.",
        }));
    }

    [Test]
    public void Validate_Iteration3InAWorldWithoutIteration2_EndingUnknownObjectsIsAWaarschuwing()
    {
        var iteration3 = World(3);
        var bare = World(1);

        var meldingen = DeliveryEdits.Testdorp(iteration3).Validate(DeliveryCheckContexts.For(bare));

        Assert.That(meldingen.Where(m => m.Code == MeldingCodes.BeeindigdOnbekend).Select(m => m.Ernst).ToList(), Has.Count.EqualTo(3).And.All.EqualTo(MeldingErnst.Waarschuwing));
    }

    private static SimulatedWorld World(int iteration) =>
        TestWorlds.Create(new FakeTimeProvider(TestWorlds.Now), new ProfileOptions { Iteration = iteration });
}
