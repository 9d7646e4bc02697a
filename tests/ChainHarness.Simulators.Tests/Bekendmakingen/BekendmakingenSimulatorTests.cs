using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Bekendmakingen;

public sealed class BekendmakingenSimulatorTests
{
    [Test]
    public async Task Zoeken_PublishedBesluit_FoundByItsIdentifier()
    {
        var world = TestWorlds.Create();
        var publicatie = SimHttp.PublishTestdorp(world);
        using var site = (BekendmakingenSimulator)new BekendmakingenSimulator(world).Start();

        var (status, body, _) = await SimHttp.GetAsync(new Uri($"{site.BaseUrl}/zoeken?identificatie={Uri.EscapeDataString(publicatie.Besluit)}"));

        Assert.That(status, Is.EqualTo(200));
        Assert.That((int?)body!["aantal"], Is.EqualTo(1));
        Assert.That((string?)body["publicaties"]![0]!["identificatie"], Is.EqualTo("gmb-2026-1"));
        Assert.That((string?)body["publicaties"]![0]!["titel"], Is.EqualTo("Wijziging van het omgevingsplan Testdorp: regels voor dakkapellen"));
        Assert.That((string?)body["publicaties"]![0]!["datumBekendmaking"], Is.EqualTo("2026-03-03"));
    }

    [Test]
    public async Task ZoekenAndShow_F3_WhatTheLvbbPublishedIsNotListed()
    {
        // Given the LVBB published Testdorp's change, and the site does not list it (F3)
        var world = TestWorlds.Create(PlanFaults.F3);
        var publicatie = SimHttp.PublishTestdorp(world);
        using var site = (BekendmakingenSimulator)new BekendmakingenSimulator(world).Start();

        // When someone searches for the besluit, or opens its publication
        var (status, body, _) = await SimHttp.GetAsync(new Uri($"{site.BaseUrl}/zoeken?identificatie={Uri.EscapeDataString(publicatie.Besluit)}"));
        var (shown, _, _) = await SimHttp.GetAsync(new Uri($"{site.BaseUrl}/publicaties/{publicatie.Bekendmaking}"));

        // Then neither finds it, though the LVBB's record and Ozon have it
        Assert.That(status, Is.EqualTo(200));
        Assert.That((int?)body!["aantal"], Is.Zero);
        Assert.That(shown, Is.EqualTo(404));
        Assert.That(world.Bekendmakingen.All, Has.Count.EqualTo(1));
        Assert.That(world.OzonDocuments.FindRegeling(publicatie.Regeling!)!.Versie, Is.EqualTo(2));
    }

    [Test]
    public async Task Zoeken_NothingPublished_NoneFound()
    {
        using var site = (BekendmakingenSimulator)new BekendmakingenSimulator(TestWorlds.Create()).Start();

        var (_, body, _) = await SimHttp.GetAsync(new Uri($"{site.BaseUrl}/zoeken?identificatie=/akn/nl/bill/gm9999/2026/x"));

        Assert.That((int?)body!["aantal"], Is.Zero);
    }

    [Test]
    public async Task Zoeken_WithoutIdentificatie_400()
    {
        using var site = (BekendmakingenSimulator)new BekendmakingenSimulator(TestWorlds.Create()).Start();

        var (status, _, _) = await SimHttp.GetAsync(new Uri($"{site.BaseUrl}/zoeken"));

        Assert.That(status, Is.EqualTo(400));
    }
}
