using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// Processes an opdracht after <c>Timing:LvbbProcessingDelay</c>, measured on the world's
/// TimeProvider (a timer, no sleep): runs the official Schematron when it is found, publishes a valid publicatieOpdracht, and writes
/// the verslag (a publication is atomic: one that fails midway leaves nothing in Ozon or the bekendmakingen), then announces it (and what it published to Ozon) on <see cref="SimulatedWorld.Events"/>. Under fault F9 a publicatieOpdracht is never processed.
/// </summary>
internal sealed class LvbbProcessor(SimulatedWorld world)
{
    public void Schedule(LvbbOpdracht opdracht)
    {
        if (opdracht.Soort == LvbbOpdrachtSoort.Publicatie && world.Faults.IsActive(PlanFaults.F9))
        {
            return;
        }

        var delay = world.Profile.Timing.LvbbProcessingDelay;
        if (delay <= TimeSpan.Zero)
        {
            if (DeliveryCheckContexts.For(world).Official?.RunsSchematron == true)
            {
                // The official Schematron takes seconds: never while the opdracht is being taken in.
                _ = Task.Run(() => Process(opdracht));
            }
            else
            {
                Process(opdracht);
            }

            return;
        }

        opdracht.Timer = world.Time.CreateTimer(_ => Process(opdracht), null, delay, Timeout.InfiniteTimeSpan);
    }

    private void Process(LvbbOpdracht opdracht)
    {
        var meldingen = opdracht.Meldingen.ToList();
        LvbbPublicatie? publicatie = null;
        string status;
        try
        {
            meldingen.AddRange(DeliveryValidator.Schematron(opdracht.Delivery, DeliveryCheckContexts.For(world)));
            // A timer callback must not throw: whatever goes wrong becomes a melding in the verslag.
            if (meldingen.Any(m => m.IsFout))
            {
                status = VerslagStatus.Afgekeurd;
            }
            else if (opdracht.Soort == LvbbOpdrachtSoort.Validatie)
            {
                status = VerslagStatus.Gevalideerd;
            }
            else
            {
                publicatie = PublishAtomically(opdracht);
                status = VerslagStatus.Gepubliceerd;
            }
        }
        catch (Exception ex)
        {
            meldingen.Add(new LvbbMelding("CHS-SIM-01", MeldingErnst.Fout, "verwerking", $"De gesimuleerde LVBB kon de levering niet verwerken: {ex.Message}"));
            status = VerslagStatus.Afgekeurd;
        }

        opdracht.Complete(new LvbbVerslag(opdracht.IdLevering, opdracht.Soort, status, opdracht.OntvangenOp, world.Time.GetUtcNow(), MeldingDedup.Collapse(meldingen), publicatie));
        world.Events.Announce();
    }

    /// <summary>Publishes all or nothing: when publishing fails midway, Ozon and the bekendmakingen are put back as they were.</summary>
    private LvbbPublicatie PublishAtomically(LvbbOpdracht opdracht)
    {
        lock (world.Lvbb.PublicationGate)
        {
            var before = PublicationSnapshot.Take(world);
            try
            {
                return LvbbPublisher.Publish(world, opdracht);
            }
            catch
            {
                before.Restore();
                throw;
            }
        }
    }
}
