using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>
/// The case handler in Testdorp's simulated case system: works in the Samenwerkfunctionaliteit over
/// its API with the municipality's OIN. With fault F20 it invites the partner with privilege BT,
/// whatever it was asked.
/// </summary>
public sealed class SimulatedCaseHandler(SimulatedWorld world, SwfClient swf) : ICaseHandler
{
    public async Task<CollaborationStarted> StartCollaborationAsync(CollaborationPlan plan, CancellationToken cancellationToken)
    {
        var started = await swf.PostAsync(
            "/samenwerkingen", new { verzoeknummer = plan.Verzoeknummer, samenwerkVorm = plan.SamenwerkVorm, naam = world.Profile.Municipality.Name }, cancellationToken);
        if (started.Text("samenwerkingId") is not { } id)
        {
            return CollaborationStarted.Failed($"starting it was refused ({started.Problem})");
        }

        var privilege = world.Faults.IsActive(PartnerFaults.PrivilegeBtInsteadOfVt) ? "BT" : plan.PartnerPrivilege;
        var invited = await swf.PostAsync($"/samenwerkingen/{id}/deelnemers", new { oin = plan.PartnerOin, naam = plan.PartnerName, privilege }, cancellationToken);
        if (!invited.IsSuccess)
        {
            return CollaborationStarted.Failed($"inviting {plan.PartnerName} was refused ({invited.Problem})");
        }

        foreach (var document in plan.Documents)
        {
            var inhoud = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {document.Name} for verzoek {plan.Verzoeknummer}"));
            var shared = await swf.PostAsync($"/samenwerkingen/{id}/documenten", new { naam = document.Name, vertrouwelijkheid = document.Vertrouwelijkheid, inhoud }, cancellationToken);
            if (!shared.IsSuccess)
            {
                return CollaborationStarted.Failed($"sharing '{document.Name}' was refused ({shared.Problem})");
            }
        }

        var einddatum = world.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var asked = await swf.PostAsync($"/samenwerkingen/{id}/actieverzoeken", new { ontvanger = plan.PartnerOin, omschrijving = plan.Actieverzoek, einddatum }, cancellationToken);
        return asked.Text("actieverzoekId") is { } actieverzoekId
            ? new CollaborationStarted(id, actieverzoekId)
            : CollaborationStarted.Failed($"the actieverzoek was refused ({asked.Problem})");
    }

    public async Task<IReadOnlyList<CollaborationNotice>> ReadNotificationsAsync(CancellationToken cancellationToken) =>
        [.. (await SwfInbox.PullAsync(swf, cancellationToken)).Select(n => new CollaborationNotice(n.Type, n.SamenwerkingId, n.ObjectId))];
}
