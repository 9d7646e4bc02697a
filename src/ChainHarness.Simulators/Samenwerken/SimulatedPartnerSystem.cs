using System.Collections.Concurrent;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>
/// A partner's simulated system (e.g. a waterschap) in the Samenwerkfunctionaliteit, with the
/// partner's OIN: it learns of a samenwerking from its invitation, opens the dossier, fetches every
/// document it is shown and completes the actieverzoeken addressed to it. With fault F20b it leaves
/// them open.
/// </summary>
public sealed class SimulatedPartnerSystem(SimulatedWorld world, SwfClient swf) : ICollaborationPartner
{
    private readonly ConcurrentDictionary<string, string> _invitations = new(StringComparer.Ordinal);

    public async Task<PartnerView?> TakePartAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        foreach (var notice in await SwfInbox.PullAsync(swf, cancellationToken))
        {
            if (notice.Type == "UITNODIGING")
            {
                _invitations[notice.SamenwerkingId] = notice.Verzoeknummer;
            }
        }

        var id = _invitations.Where(i => i.Value == verzoeknummer).Select(i => i.Key).Order(StringComparer.Ordinal).LastOrDefault();
        var dossier = id is null ? null : await swf.GetAsync($"/samenwerkingen/{id}", cancellationToken);
        if (dossier is not { IsSuccess: true })
        {
            return null;
        }

        var seen = new List<string>();
        foreach (var document in await swf.ListAsync($"/samenwerkingen/{id}/documenten", "documenten", cancellationToken))
        {
            var fetched = await swf.GetAsync($"/samenwerkingen/{id}/documenten/{document["documentId"]!.GetValue<string>()}", cancellationToken);
            if (fetched.IsSuccess)
            {
                seen.Add(fetched.Text("naam")!);
            }
        }

        return new PartnerView(id!, dossier.Text("verzoeknummer")!, seen, await HandleActieverzoekenAsync(id!, cancellationToken));
    }

    private async Task<IReadOnlyList<string>> HandleActieverzoekenAsync(string id, CancellationToken cancellationToken)
    {
        var completed = new List<string>();
        if (world.Faults.IsActive(PartnerFaults.ActieverzoekNeverCompleted))
        {
            return completed;
        }

        foreach (var verzoek in await swf.ListAsync($"/actieverzoeken?samenwerkingId={Uri.EscapeDataString(id)}", "actieverzoeken", cancellationToken))
        {
            var actieverzoekId = verzoek["actieverzoekId"]!.GetValue<string>();
            if (verzoek["ontvanger"]?["oin"]?.GetValue<string>() == swf.Oin && verzoek["status"]?.GetValue<string>() == "OPEN"
                && (await swf.PostAsync($"/samenwerkingen/{id}/actieverzoeken/{actieverzoekId}/_afronden", null, cancellationToken)).IsSuccess)
            {
                completed.Add(actieverzoekId);
            }
        }

        return completed;
    }
}
