using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Lvbb.Ebms;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// Processes an opdracht after <c>Timing:LvbbProcessingDelay</c>, measured on the world's TimeProvider (a timer, no
/// sleep): runs the official Schematron when it is found, then carries the opdracht out: a publicatieOpdracht
/// publishes, a directeMutatieOpdracht changes the consolidated regeling without a bekendmaking, a
/// breekPublicatieAfOpdracht withdraws a publication still in progress, a validation changes nothing. A change is
/// atomic and one at a time: one that fails midway leaves nothing behind. Then it writes the verslag (with the
/// uitkomst the transport XSD names for that kind of opdracht) and announces it on <see cref="SimulatedWorld.Events"/>.
/// Under fault F9 a publicatieOpdracht is never processed.
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
            (status, publicatie) = meldingen.Any(m => m.IsFout) ? (VerslagStatus.Afgekeurd, null) : Carry(opdracht, meldingen);
        }
        catch (Exception ex)
        {
            meldingen.Add(new LvbbMelding("CHS-SIM-01", MeldingErnst.Fout, "verwerking", $"De gesimuleerde LVBB kon de levering niet verwerken: {ex.Message}"));
            status = VerslagStatus.Afgekeurd;
            publicatie = null;
        }

        var uitkomst = LvbbVerzoek.ForOpdracht(opdracht.Soort) is { } verzoek ? (status == VerslagStatus.Afgekeurd ? verzoek.Mislukt : verzoek.Succes) : null;
        opdracht.Complete(new LvbbVerslag(opdracht.IdLevering, opdracht.Soort, status, opdracht.OntvangenOp, world.Time.GetUtcNow(), MeldingDedup.Collapse(meldingen), publicatie, uitkomst));
        world.Events.Announce();
    }

    private (string Status, LvbbPublicatie? Publicatie) Carry(LvbbOpdracht opdracht, List<LvbbMelding> meldingen)
    {
        switch (opdracht.Soort)
        {
            case LvbbOpdrachtSoort.Publicatie:
                return (VerslagStatus.Gepubliceerd, Atomically(opdracht, () => LvbbPublisher.Publish(world, opdracht)));
            case LvbbOpdrachtSoort.DirecteMutatie:
                Atomically(opdracht, () => LvbbDirecteMutatie.Carry(world, opdracht));
                return (VerslagStatus.Gemuteerd, null);
            case LvbbOpdrachtSoort.BreekPublicatieAf:
                var outcome = LvbbAfbreker.BreakOff(world, opdracht);
                meldingen.AddRange(outcome);
                return (outcome.Any(m => m.IsFout) ? VerslagStatus.Afgekeurd : VerslagStatus.Afgebroken, null);
            default:
                return (VerslagStatus.Gevalideerd, null);
        }
    }

    /// <summary>Changes the world all or nothing, one change at a time: when it fails midway, Ozon and the bekendmakingen are put back as they were.</summary>
    private T Atomically<T>(LvbbOpdracht opdracht, Func<T> change)
    {
        lock (world.Lvbb.PublicationGate)
        {
            var before = PublicationSnapshot.Take(world);
            try
            {
                var result = change();
                world.Lvbb.Changed(opdracht, before);
                return result;
            }
            catch
            {
                before.Restore();
                throw;
            }
        }
    }
}
