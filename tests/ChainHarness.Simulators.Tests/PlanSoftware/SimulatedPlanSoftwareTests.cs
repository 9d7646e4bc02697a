using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.PlanSoftware;

public sealed class SimulatedPlanSoftwareTests
{
    [Test]
    public async Task SubmitAsync_Validatie_SentWithAFreshIdLeveringAndTakenIn()
    {
        var (plan, lvbb, _) = Start();
        using var _ = lvbb;
        var delivery = await plan.ProduceChangeAsync(CancellationToken.None);

        var submission = await plan.SubmitAsync(delivery, OpdrachtSoort.Validatie, CancellationToken.None);

        Assert.That(submission.Accepted, Is.True, submission.Detail);
        Assert.That(submission.IdLevering, Is.Not.EqualTo(delivery.IdLevering));
        Assert.That(submission.Detail, Does.Contain("(validatieOpdracht) → 202 ontvangen"));
        Assert.That(lvbb.World.Lvbb.Find(submission.IdLevering)!.Soort, Is.EqualTo(LvbbOpdrachtSoort.Validatie));
    }

    [TestCase(new string[0], PlanPublicationState.Gepubliceerd, "Gepubliceerd")]
    [TestCase(new[] { "F2" }, PlanPublicationState.Mislukt, "Fout bij publiceren")]
    [TestCase(new[] { "F4" }, PlanPublicationState.InBehandeling, "In behandeling")]
    public async Task GetStatusAsync_AfterTheLvbbPublished_ShowsItsOwnStatus(string[] faults, PlanPublicationState expected, string shown)
    {
        var (plan, lvbb, time) = Start(faults);
        using var _ = lvbb;
        var submission = await plan.SubmitAsync(await plan.ProduceChangeAsync(CancellationToken.None), OpdrachtSoort.Publicatie, CancellationToken.None);

        var before = await plan.GetStatusAsync(submission.IdLevering, CancellationToken.None);
        time.Advance(TestWorlds.LvbbDelay);
        var after = await plan.GetStatusAsync(submission.IdLevering, CancellationToken.None);

        Assert.That(before.State, Is.EqualTo(PlanPublicationState.InBehandeling));
        Assert.That(after.State, Is.EqualTo(expected));
        Assert.That(after.Shown, Does.StartWith(shown));
    }

    [Test]
    public async Task GetStatusAsync_UnknownIdLevering_Onbekend()
    {
        var (plan, lvbb, _) = Start();
        using var _ = lvbb;

        var status = await plan.GetStatusAsync("nooit", CancellationToken.None);

        Assert.That(status.State, Is.EqualTo(PlanPublicationState.Onbekend));
    }

    [Test]
    public async Task SubmitAsync_DeliveryTheLvbbCannotTakeIn_NotAcceptedWithTheMeldingen()
    {
        var (plan, lvbb, _) = Start();
        using var _ = lvbb;
        var files = DeliveryEdits.Testdorp(lvbb.World).Without(StopDeliveryReader.OpdrachtFile);

        var submission = await plan.SubmitAsync(new PlanDelivery("kapot.zip", DeliveryZip.Write(files), "x"), OpdrachtSoort.Validatie, CancellationToken.None);

        Assert.That(submission.Accepted, Is.False);
        Assert.That(submission.Detail, Does.Contain("400 afgewezen").And.Contain("CHS-OPD-01 (fout): De levering heeft geen opdracht.xml."));
    }

    private static (SimulatedPlanSoftware Plan, LvbbSimulator Lvbb, FakeTimeProvider Time) Start(params string[] faults)
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        var lvbb = (LvbbSimulator)new LvbbSimulator(TestWorlds.Create(time, faults)).Start();
        return (new SimulatedPlanSoftware(lvbb.World, lvbb.BaseUrl), lvbb, time);
    }
}
