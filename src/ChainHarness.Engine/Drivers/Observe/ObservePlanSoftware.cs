using System.Net;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Stop;
using RestSharp;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The plan software as a person works it: the harness says in Dutch what to do in the software's
/// screens, then watches for the result: a delivery ZIP in the drop folder (step 1), the LVBB's
/// verslag for the idLevering (steps 2 and 3; polled on the LVBB endpoint until ready or the step
/// deadline), and asks what status the software shows (step 3). Unanswered questions become waits.
/// </summary>
public sealed class ObservePlanSoftware(IOperator person, ObserveDriverOptions options, ProfileOptions profile, EndpointDirectory endpoints, TimeProvider time)
    : IPlanSoftware
{
    private const string Software = "PlanSoftware (observed)";

    public async Task<PlanDelivery> ProduceChangeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DropFolder);
        var before = ZipsInDropFolder();
        person.Tell($"Stap 1: Maak in uw plansoftware de wijziging van het omgevingsplan van {profile.Municipality.Name} "
            + $"(een regel met activiteit en werkingsgebied) en exporteer de levering als ZIP-bestand naar de map '{options.DropFolder}'.");
        var answer = await person.AskAsync("Pad van het ZIP-bestand (Enter: wachten tot het in de map staat):", cancellationToken).ConfigureAwait(false);
        var file = string.IsNullOrWhiteSpace(answer)
            ? (await Poll(ct => Task.FromResult(NewZip(before)), cancellationToken).ConfigureAwait(false)).Value
            : answer.Trim();
        if (file is null || !File.Exists(file))
        {
            throw DriverException.NoAnswer(Software, $"no delivery ZIP appeared in the drop folder '{Path.GetFileName(Path.TrimEndingDirectorySeparator(options.DropFolder))}' (Drivers:PlanSoftware:Observe:DropFolder) within {profile.Timing.StepDeadline.TotalSeconds:0} s.");
        }

        var zip = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        var idLevering = StopDeliveryReader.TryRead(zip, out _)?.Opdracht?.IdLevering ?? Path.GetFileNameWithoutExtension(file);
        return new PlanDelivery(Path.GetFileName(file), zip, idLevering);
    }

    public async Task<PlanSubmission> SubmitAsync(PlanDelivery delivery, OpdrachtSoort soort, CancellationToken cancellationToken)
    {
        var (step, verb, opdracht) = soort == OpdrachtSoort.Validatie
            ? ("2", "Valideer", LvbbOpdrachtSoort.Validatie)
            : ("3", "Publiceer", LvbbOpdrachtSoort.Publicatie);
        person.Tell($"Stap {step}: {verb} de wijziging in uw plansoftware: stuur levering {delivery.IdLevering} als {opdracht} naar de LVBB.");
        if (options.VerslagFolder is { } folder)
        {
            person.Tell($"Sla elk antwoord van de LVBB op deze levering (het XML-bericht …VerzoekResultaat) op als {delivery.IdLevering}-1.xml, {delivery.IdLevering}-2.xml, … in de map '{folder}'.");
        }

        var answer = await person.AskAsync($"Welk idLevering toont uw plansoftware? (Enter: {delivery.IdLevering})", cancellationToken).ConfigureAwait(false);
        var id = string.IsNullOrWhiteSpace(answer) ? delivery.IdLevering : answer.Trim();
        var verslag = await Poll(async ct => await VerslagReadyAsync(id, ct).ConfigureAwait(false) ? id : null, cancellationToken).ConfigureAwait(false);
        return verslag.Ready
            ? new PlanSubmission(id, true, $"the LVBB has a verslag for {id} after {verslag.Elapsed.TotalSeconds:0.0} s (observed)")
            : new PlanSubmission(id, false, $"the LVBB had no verslag for {id} within {verslag.Elapsed.TotalSeconds:0} s: the opdracht did not reach it (observed)");
    }

    public async Task<PlanPublicationStatus> GetStatusAsync(string idLevering, CancellationToken cancellationToken)
    {
        var answer = await person.AskAsync(
            $"Welke status toont uw plansoftware voor levering {idLevering}? (gepubliceerd / in behandeling / afgekeurd / fout)", cancellationToken).ConfigureAwait(false);
        return answer?.Trim().ToLowerInvariant() switch
        {
            null or "" => new PlanPublicationStatus(PlanPublicationState.Onbekend, "niet waargenomen: er was niemand om de status in de plansoftware af te lezen"),
            "gepubliceerd" => new PlanPublicationStatus(PlanPublicationState.Gepubliceerd, answer.Trim()),
            "in behandeling" => new PlanPublicationStatus(PlanPublicationState.InBehandeling, answer.Trim()),
            "afgekeurd" => new PlanPublicationStatus(PlanPublicationState.Afgekeurd, answer.Trim()),
            _ => new PlanPublicationStatus(PlanPublicationState.Mislukt, answer.Trim()),
        };
    }

    private Task<PollResult<T>> Poll<T>(Func<CancellationToken, Task<T?>> probe, CancellationToken cancellationToken)
        where T : class =>
        new Poller(time).UntilAsync(probe, profile.Timing.PollInterval, profile.Timing.StepDeadline, cancellationToken);

    private async Task<bool> VerslagReadyAsync(string idLevering, CancellationToken cancellationToken)
    {
        if (options.VerslagFolder is { } folder)
        {
            return await new VerslagFolder(folder).TryReadAsync(idLevering, cancellationToken).ConfigureAwait(false) is not null;
        }

        var request = new RestRequest($"opdrachten/{Uri.EscapeDataString(idLevering)}/verslag");
        var response = await endpoints.Get(DsoEndpoint.Lvbb).SendAsync(request, new EvidenceLog(SecretRedactor.None), cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private Dictionary<string, DateTime> ZipsInDropFolder() =>
        new DirectoryInfo(options.DropFolder).EnumerateFiles("*.zip").ToDictionary(f => f.FullName, f => f.LastWriteTimeUtc);

    /// <summary>A ZIP that was not in the folder (or has changed) since the instruction was given.</summary>
    private string? NewZip(Dictionary<string, DateTime> before) =>
        ZipsInDropFolder().Where(f => !before.TryGetValue(f.Key, out var at) || at != f.Value)
            .OrderByDescending(f => f.Value).Select(f => f.Key).FirstOrDefault();
}
