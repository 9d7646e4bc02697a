using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;
using ChainHarness.Simulators.World.Swf;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.World;

public sealed class WorldEventsTests
{
    [Test]
    public async Task AnnouncedAfterAsync_AnnouncementComes_CompletesThenAndAtOnceForAnOlderMark()
    {
        var events = new WorldEvents();
        var mark = events.Mark;
        var waiting = events.AnnouncedAfterAsync(mark, CancellationToken.None);
        Assert.That(waiting.IsCompleted, Is.False, "nothing announced yet");

        events.Announce();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(events.Mark, Is.EqualTo(mark + 1));
        Assert.That(events.AnnouncedAfterAsync(mark, CancellationToken.None).IsCompleted, Is.True, "an announcement since the mark: no wait");
        Assert.That(events.AnnouncedAfterAsync(events.Mark, CancellationToken.None).IsCompleted, Is.False);
    }

    [Test]
    public void AnnouncedAfterAsync_Cancelled_EndsCancelled()
    {
        var events = new WorldEvents();
        using var cts = new CancellationTokenSource();
        var waiting = events.AnnouncedAfterAsync(events.Mark, cts.Token);

        cts.Cancel();

        Assert.That(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Lvbb_VerslagWritten_AnnouncedWhenTheProcessingDelayHasPassedAndNotBefore()
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        var world = TestWorlds.Create(time);
        var opdracht = Opdracht(world);
        var before = world.Events.Mark;
        var announced = world.Events.AnnouncedAfterAsync(before, CancellationToken.None);

        new LvbbProcessor(world).Schedule(opdracht);
        Assert.That(announced.IsCompleted, Is.False, "the verslag is not written before the delay");
        time.Advance(TestWorlds.LvbbDelay);
        await announced.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(opdracht.Verslag?.Status, Is.EqualTo(VerslagStatus.Gepubliceerd), "announced after the verslag (and Ozon) are written");
        Assert.That(world.OzonDocuments.Annotaties, Is.Not.Empty);
    }

    [Test]
    public void Swf_NotificationQueued_Announced()
    {
        var world = TestWorlds.Create();
        var samenwerking = world.Swf.Start("00000001234567890000", "Testdorp", "V-1", "AANVRAAG");
        var before = world.Events.Mark;

        samenwerking.Invite("00000001234567890000", "00000009876543210000", "Omgevingsdienst", SwfCodes.Vertrouwelijk);

        Assert.That(world.Swf.Notificaties("00000009876543210000"), Is.Not.Empty);
        Assert.That(world.Events.Mark, Is.GreaterThan(before));
    }

    private static LvbbOpdracht Opdracht(SimulatedWorld world) => new()
    {
        IdLevering = "gm9999-events-1",
        IdBevoegdGezag = world.Profile.Municipality.Oin,
        Soort = LvbbOpdrachtSoort.Publicatie,
        OntvangenOp = world.Time.GetUtcNow(),
        Delivery = StopDeliveryReader.Read(DeliveryEdits.Testdorp(world)),
        Meldingen = [],
    };
}
