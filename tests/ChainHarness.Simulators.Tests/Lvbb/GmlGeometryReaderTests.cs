using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Tests.Testing;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Tests.Lvbb;

public sealed class GmlGeometryReaderTests
{
    [Test]
    public void Read_TestdorpWerkingsgebied_ContainsTheDefaultTestLocationOnly()
    {
        var delivery = StopDeliveryReader.Read(DeliveryEdits.Testdorp(TestWorlds.Create()));
        var location = new LocationOptions();

        var werkingsgebied = GmlGeometryReader.Read(delivery).Values.Single();

        Assert.That(werkingsgebied, Is.InstanceOf<MultiPolygon>());
        Assert.That(werkingsgebied.SRID, Is.EqualTo(28992));
        Assert.That(werkingsgebied.Contains(new Point(location.X, location.Y)), Is.True);
        Assert.That(werkingsgebied.Contains(new Point(150_000, 460_000)), Is.False);
        Assert.That(werkingsgebied.Area, Is.InRange(80_000, 110_000), "about 9 hectares of Testdorp's centre");
    }

    [Test]
    public void Read_RealGio_ReadsItsMultiSurface()
    {
        var delivery = StopDeliveryReader.Read(RealDeliveries.Load("Sanity-check-testeiland/1_Initieel_Besluit"));

        var geometries = GmlGeometryReader.Read(delivery);

        Assert.That(geometries.Keys, Is.EqualTo(new[] { "a18d6c2e-128c-4076-8d0b-0907958ec0dd" }));
        Assert.That(geometries.Values.Single().Contains(new Point(98_500, 540_800)), Is.True);
    }
}
