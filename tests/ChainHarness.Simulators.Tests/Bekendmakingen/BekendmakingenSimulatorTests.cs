using ChainHarness.Simulators.Bekendmakingen;
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
