using ChainHarness.Engine.Waiting;
using System.Net;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Stop;
using ChainHarness.Engine.Texts;
using RestSharp;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The plan software as a person works it: the harness says (in the run's language) what to do in the software's
/// screens, then watches for the result: a delivery ZIP in the drop folder (step 1), the LVBB's
/// verslag for the idLevering (steps 2 and 3; polled on the LVBB endpoint until ready or the step
/// deadline), and asks what status the software shows (step 3). Unanswered questions become waits.
/// </summary>
public sealed class ObservePlanSoftware(IOperator person, ObserveDriverOptions options, ProfileOptions profile, EndpointDirectory endpoints, TimeProvider time)
    : IPlanSoftware
{
    /// <summary>This driver in a cause, in the run's language.</summary>
    private static string Software => Texts.DriverTexts.Observed(DriverOptions.PlanSoftware);

    public async Task<PlanDelivery> ProduceChangeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DropFolder);
        var before = ZipsInDropFolder();
        person.Tell(ObserveTexts.MakeChange(profile.Municipality.Name, options.DropFolder));
        var answer = await person.AskAsync(ObserveTexts.AskZip, cancellationToken).ConfigureAwait(false);
        var file = string.IsNullOrWhiteSpace(answer)
            ? (await Poll(ObserveTexts.ZipInFolder(options.DropFolder), ct => Task.FromResult(NewZip(before)), cancellationToken).ConfigureAwait(false)).Value
            : answer.Trim();
        if (file is null || !File.Exists(file))
        {
            throw DriverException.NoAnswer(Software, ObserveTexts.NoZip(Path.GetFileName(Path.TrimEndingDirectorySeparator(options.DropFolder)), (int)profile.Timing.StepDeadline.TotalSeconds));
        }

        var zip = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        var idLevering = StopDeliveryReader.TryRead(zip, out _)?.Opdracht?.IdLevering ?? Path.GetFileNameWithoutExtension(file);
        return new PlanDelivery(Path.GetFileName(file), zip, idLevering);
    }

    public async Task<PlanSubmission> SubmitAsync(PlanDelivery delivery, OpdrachtSoort soort, CancellationToken cancellationToken)
    {
        var (step, opdracht) = soort == OpdrachtSoort.Validatie
            ? ("2", LvbbOpdrachtSoort.Validatie)
            : ("3", LvbbOpdrachtSoort.Publicatie);
        person.Tell(ObserveTexts.Submit(step, soort == OpdrachtSoort.Validatie, delivery.IdLevering, opdracht));
        if (options.VerslagFolder is { } folder)
        {
            person.Tell(ObserveTexts.SaveVerslagen(delivery.IdLevering, folder));
        }

        var answer = await person.AskAsync(ObserveTexts.AskIdLevering(delivery.IdLevering), cancellationToken).ConfigureAwait(false);
        var id = string.IsNullOrWhiteSpace(answer) ? delivery.IdLevering : answer.Trim();
        var verslag = await Poll(ObserveTexts.VerslagFor(id), async ct => await VerslagReadyAsync(id, ct).ConfigureAwait(false) ? id : null, cancellationToken).ConfigureAwait(false);
        return verslag.Ready
            ? new PlanSubmission(id, true, ObserveTexts.VerslagAfter(id, verslag.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))
            : new PlanSubmission(id, false, ObserveTexts.NoVerslag(id, verslag.Elapsed.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public async Task<PlanPublicationStatus> GetStatusAsync(string idLevering, CancellationToken cancellationToken)
    {
        var answer = await person.AskAsync(
            ObserveTexts.AskStatus(idLevering), cancellationToken).ConfigureAwait(false);
        return answer?.Trim().ToLowerInvariant() switch
        {
            null or "" => new PlanPublicationStatus(PlanPublicationState.Onbekend, ObserveTexts.NobodyToRead),
            "gepubliceerd" => new PlanPublicationStatus(PlanPublicationState.Gepubliceerd, answer.Trim()),
            "in behandeling" => new PlanPublicationStatus(PlanPublicationState.InBehandeling, answer.Trim()),
            "afgekeurd" => new PlanPublicationStatus(PlanPublicationState.Afgekeurd, answer.Trim()),
            _ => new PlanPublicationStatus(PlanPublicationState.Mislukt, answer.Trim()),
        };
    }

    private Task<PollResult<T>> Poll<T>(string onWhat, Func<CancellationToken, Task<T?>> probe, CancellationToken cancellationToken)
        where T : class
    {
        var now = time.GetUtcNow();
        person.Waiting(onWhat, now + profile.Timing.StepDeadline, now);
        return new Poller(time).UntilAsync(probe, profile.Timing.PollInterval, profile.Timing.StepDeadline, cancellationToken);
    }

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
