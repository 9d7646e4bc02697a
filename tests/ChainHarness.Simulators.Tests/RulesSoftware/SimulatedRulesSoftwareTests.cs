using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Aanleveren;
using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.Verifieren;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Tests.RulesSoftware;

public sealed class SimulatedRulesSoftwareTests
{
    private const string Published = "nl.imow-gm9999.activiteit.dakkapelbouwen";
    private SimulatedWorld _world = null!;
    private SimulatedRulesSoftware _software = null!;

    [SetUp]
    public void SetUp()
    {
        _world = new SimulatedWorld(new ProfileOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
        ExistingContent.SeedInto(_world);
        _world.Ozon.Add(new PublishedLocation("nl.imow-gm9999.gebied.centrum", "Centrum", new GeometryFactory().CreatePoint(new Coordinate(155_000, 463_000))));
        _world.Ozon.Add(new PublishedActivity(Published, "Dakkapel bouwen", "gm9999", ["nl.imow-gm9999.gebied.centrum"], "/akn/nl/act/gm9999/2026/omgevingsplan"));
        _software = new SimulatedRulesSoftware(_world);
    }

    [Test]
    public async Task MakeToepasbaar_PublishedActivity_WritesAConclusieAndIndieningsvereistenForItAndItsWerkingsgebied()
    {
        var rules = await _software.MakeToepasbaarAsync(Published, CancellationToken.None);

        Assert.That(rules.FunctioneleStructuurRef, Is.EqualTo(FunctioneleStructuurRef.For(Published)));
        Assert.That(rules.Files.Select(f => f.FileName), Is.EqualTo(new[] { "conclusie-dakkapelbouwen.dmn", "indieningsvereisten-dakkapelbouwen.dmn" }));
        Assert.That(rules.Werkzaamheden, Is.EqualTo(new[] { "Dakkapel plaatsen" }));
        var conclusie = DmnParser.Parse(rules.Files[0].Xml);
        Assert.That(conclusie.FunctioneleStructuurRefs, Is.EqualTo(new[] { rules.FunctioneleStructuurRef }));
        Assert.That(conclusie.Uitvoeringsregels.Single(u => u.Soort == SttrRegelSoort.GeoVerwijzing).LocatieId, Is.EqualTo("nl.imow-gm9999.gebied.centrum"));
    }

    [Test]
    public async Task MakeToepasbaar_Files_PassVerificationForTheActivity()
    {
        var rules = await _software.MakeToepasbaarAsync(Published, CancellationToken.None);

        var reports = rules.Files.Select(f => new RegelsVerifier(null).Verify(f.Xml, f.Type, Published));

        Assert.That(reports.SelectMany(r => r.Meldingen), Is.Empty);
    }

    [Test]
    public async Task MakeToepasbaar_F12_RefersToAnOutdatedLocationThatStillPassesVerification()
    {
        _world.Faults.Enable(RulesFaults.LocationUnknownToOzon);

        var rules = await _software.MakeToepasbaarAsync(Published, CancellationToken.None);

        var location = DmnParser.Parse(rules.Files[0].Xml).Uitvoeringsregels.Select(u => u.LocatieId).OfType<string>().Single();
        Assert.That(_world.Ozon.FindLocation(location), Is.Null);
        Assert.That(new RegelsVerifier(null).Verify(rules.Files[0].Xml, RegelbeheerobjectType.Conclusie, Published).Goedgekeurd, Is.True);
    }

    [Test]
    public async Task MakeToepasbaar_Overlap_WritesAConclusieVerificationRejects()
    {
        _world.Faults.Enable(RulesFaults.OverlappingRules);

        var rules = await _software.MakeToepasbaarAsync(Published, CancellationToken.None);

        var report = new RegelsVerifier(null).Verify(rules.Files[0].Xml, RegelbeheerobjectType.Conclusie, Published);
        Assert.That(report.Fouten.Select(m => m.Code).Distinct(), Is.EqualTo(new[] { "TRV-006" }));
    }

    [Test]
    public async Task PrepareDelivery_Today_PacksEveryFileWithTodayAsBegindatum()
    {
        var rules = await _software.MakeToepasbaarAsync(Published, CancellationToken.None);

        var delivery = await _software.PrepareDeliveryAsync(rules, CancellationToken.None);

        var inhoud = AanleverPakket.Read(delivery.Zip);
        Assert.That(delivery.GeldigBegindatum, Is.EqualTo(new DateOnly(2026, 3, 2)));
        Assert.That(delivery.IdLevering, Does.Match("^[0-9A-Za-z_-]{1,80}$"));
        Assert.That(inhoud.Opdracht.IdBevoegdGezag, Is.EqualTo("00000001999999990000"));
        Assert.That(inhoud.Bestanden.Keys, Is.EquivalentTo(rules.Files.Select(f => f.FileName)));
        Assert.That(inhoud.Opdracht.Werkzaamheden.Single().ActiviteitRef, Is.EqualTo(rules.FunctioneleStructuurRef));
    }

    [Test]
    public async Task PrepareDelivery_F13_SetsTheBegindatumTwoWeeksAhead()
    {
        _world.Faults.Enable(RulesFaults.FutureBegindatum);
        var rules = await _software.MakeToepasbaarAsync(Published, CancellationToken.None);

        var delivery = await _software.PrepareDeliveryAsync(rules, CancellationToken.None);

        Assert.That(delivery.GeldigBegindatum, Is.EqualTo(new DateOnly(2026, 3, 16)));
        Assert.That(AanleverPakket.Read(delivery.Zip).Opdracht.Bestanden.All(b => b.GeldigBegindatum == new DateOnly(2026, 3, 16)), Is.True);
    }
}
