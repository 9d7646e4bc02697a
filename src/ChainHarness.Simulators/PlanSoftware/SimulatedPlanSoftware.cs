using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>
/// The municipality's plan software for local runs: writes Testdorp's change, sends it to the
/// LVBB over the LVBB facade (HTTP), and keeps its own status of each publication, read from the
/// verslagen it receives. Its status can disagree with the LVBB: F2 (it shows an error for a
/// completed publication) and F4 (it stays "in behandeling"). Under F5 it loses the intrekking when it
/// builds a publicatieOpdracht (<see cref="LostIntrekking"/>). Over TLS (<paramref name="connections"/> with the test CA)
/// it presents a certificate for the municipality's OIN, as the bronhouder's PKIoverheid certificate.
/// </summary>
public sealed class SimulatedPlanSoftware(SimulatedWorld world, Uri lvbb, Hosting.PartyConnections? connections = null) : IPlanSoftware
{
    private HttpClient Http => (connections ?? Hosting.PartyConnections.Plain).For(world.Profile.Municipality.Oin);
    private readonly ConcurrentDictionary<string, PlanPublicationStatus> _publications = new(StringComparer.Ordinal);
    private readonly string _stamp = world.Time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    private int _sends;

    public Task<PlanDelivery> ProduceChangeAsync(CancellationToken cancellationToken) =>
        Task.FromResult(TestdorpChange.Write(world, NextIdLevering()));

    public async Task<PlanSubmission> SubmitAsync(PlanDelivery delivery, OpdrachtSoort soort, CancellationToken cancellationToken)
    {
        var id = NextIdLevering();
        var root = soort == OpdrachtSoort.Validatie ? LvbbOpdrachtSoort.Validatie : LvbbOpdrachtSoort.Publicatie;
        var zip = OpdrachtRewriter.Rewrite(delivery.Zip, root, id);
        using var content = new ByteArrayContent(soort == OpdrachtSoort.Publicatie && world.Faults.IsActive(PlanFaults.F5) ? LostIntrekking.Apply(zip) : zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var started = world.Time.GetTimestamp();
        using var response = await Http.PostAsync(new Uri($"{lvbb}/opdrachten"), content, cancellationToken).ConfigureAwait(false);
        var resultaat = LvbbJson.Read<LvbbVerzoekresultaat>(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        var accepted = response.StatusCode == HttpStatusCode.Accepted;
        if (accepted && soort == OpdrachtSoort.Publicatie)
        {
            _publications[id] = new PlanPublicationStatus(PlanPublicationState.InBehandeling, "In behandeling bij de LVBB");
        }

        var detail = $"POST /lvbb/opdrachten ({root}) → {(int)response.StatusCode} {resultaat?.Status} in {world.Time.GetElapsedTime(started).TotalSeconds:0.0} s"
            + (resultaat is { Meldingen.Count: > 0 } ? $": {LvbbJson.Describe(resultaat.Meldingen)}" : "");
        return new PlanSubmission(id, accepted, detail)
        {
            RefusedByLvbb = response.StatusCode == HttpStatusCode.BadRequest && resultaat is { Meldingen.Count: > 0 },
        };
    }

    public async Task<PlanPublicationStatus> GetStatusAsync(string idLevering, CancellationToken cancellationToken)
    {
        if (!_publications.ContainsKey(idLevering))
        {
            return new PlanPublicationStatus(PlanPublicationState.Onbekend, "Onbekende levering");
        }

        using var response = await Http.GetAsync(new Uri($"{lvbb}/opdrachten/{Uri.EscapeDataString(idLevering)}/verslag"), cancellationToken).ConfigureAwait(false);
        var verslag = response.StatusCode == HttpStatusCode.OK
            ? LvbbJson.Read<LvbbVerslag>(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false))
            : null;
        return _publications[idLevering] = Shown(verslag);
    }

    private PlanPublicationStatus Shown(LvbbVerslag? verslag) => verslag?.Status switch
    {
        VerslagStatus.Gepubliceerd when world.Faults.IsActive(PlanFaults.F4) => new(PlanPublicationState.InBehandeling, "In behandeling bij de LVBB"),
        VerslagStatus.Gepubliceerd when world.Faults.IsActive(PlanFaults.F2) => new(PlanPublicationState.Mislukt, "Fout bij publiceren: technische fout in de koppeling met de LVBB"),
        VerslagStatus.Gepubliceerd => new(PlanPublicationState.Gepubliceerd, "Gepubliceerd"),
        VerslagStatus.Afgekeurd => new(PlanPublicationState.Afgekeurd, "Afgekeurd door de LVBB"),
        _ => new(PlanPublicationState.InBehandeling, "In behandeling bij de LVBB"),
    };

    private string NextIdLevering() =>
        $"{world.Profile.Municipality.Code}-{IterationPacks.For(world.Profile.Iteration).Plan.Naam}-{_stamp}-{Interlocked.Increment(ref _sends)}";
}
