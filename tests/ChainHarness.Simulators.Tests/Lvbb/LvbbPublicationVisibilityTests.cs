using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Lvbb;

/// <summary>
/// Publication is atomic for readers too, and an undone publication uses no bekendmaking number. A publication holds
/// the LVBB's publication gate while it changes the world; here one is held midway (a new regeling version and a
/// bekendmaking written, then undone, as a publication that fails is) while Ozon and officielebekendmakingen.nl are
/// asked from outside: they answer with the world before it, never with the half publication.
/// </summary>
public sealed class LvbbPublicationVisibilityTests
{
    [Test]
    public async Task APublicationInProgress_IsSeenNeitherByOzonNorByOfficieleBekendmakingen()
    {
        using var run = new LvbbRun();
        var before = await run.PresentedAsync();
        using var held = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var publication = Task.Factory.StartNew(() => HalfPublication(run, held, release), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        held.Wait();

        var presented = run.PresentedAsync();
        var listed = run.BekendmakingenAsync();
        // Give the readers every chance to answer while the publication is halfway; whether they did is not asserted.
        await Task.WhenAny(Task.WhenAll(presented, listed), Task.Delay(TimeSpan.FromMilliseconds(500)));
        release.Set();
        await publication;

        Assert.That((await presented).ToJsonString(), Is.EqualTo(before.ToJsonString()), "Ozon never presents the half publication's version");
        Assert.That(await listed, Is.Empty, "its bekendmaking is never listed");
    }

    [Test]
    public async Task APublicationUndoneMidway_UsesNoBekendmakingNumber()
    {
        using var run = new LvbbRun();
        var broken = DeliveryEdits.Testdorp(run.World, "pub-1").Edit("dakkapellen.gml", gml => gml.Replace("154890 462905</gml:posList>", "154900 462905</gml:posList>", StringComparison.Ordinal));
        var (_, _, refused) = await run.SendAsync(Engine.Stop.DeliveryZip.Write(broken));
        Assert.That((string?)refused!["meldingen"]![0]!["code"], Is.EqualTo("CHS-SIM-01"), "undone while publishing");

        var (_, _, verslag) = await run.SendAsync(LvbbDeliveries.Publicatie(run.World, "pub-2"));

        Assert.That((string?)verslag!["publicatie"]!["bekendmaking"], Is.EqualTo("gmb-2026-1"));
        Assert.That(await run.BekendmakingenAsync(), Is.EqualTo(new[] { "gmb-2026-1" }));
    }

    /// <summary>Holds the publication gate with a new regeling version and a bekendmaking written, until released; then undoes them.</summary>
    private static void HalfPublication(LvbbRun run, ManualResetEventSlim held, ManualResetEventSlim release)
    {
        var world = run.World;
        lock (world.Lvbb.PublicationGate)
        {
            var before = PublicationSnapshot.Take(world);
            var regeling = world.OzonDocuments.FindRegeling(run.Regeling)!;
            world.OzonDocuments.Put(regeling with { ExpressionId = regeling.WorkId + "/nld@2026-03-03;99", Versie = regeling.Versie + 1 });
            world.Bekendmakingen.Add(new Bekendmaking("gmb-2026-99", "Half", "/akn/nl/bill/gm9999/2026/half", null, "Gemeenteblad", world.Profile.Municipality.Name, "2026-03-03"));
            held.Set();
            release.Wait();
            before.Restore();
        }
    }
}
