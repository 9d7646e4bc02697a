using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The case handler as a person (step 11): the harness says in Dutch what to do in the case
/// system (start a samenwerking for the verzoek, invite the partner with its privilege, share the
/// documents, send the actieverzoek), then watches the Samenwerkfunctionaliteit as the municipality
/// until the samenwerking and its actieverzoek are there. Notifications are read from the SWF as
/// the municipality, as its case system would.
/// </summary>
public sealed class ObserveCaseHandler(IOperator person, ProfileOptions profile, EndpointDirectory endpoints, TimeProvider time) : ICaseHandler
{
    private readonly SwfWatch _swf = new(endpoints, profile.Municipality.Oin);

    public async Task<CollaborationStarted> StartCollaborationAsync(CollaborationPlan plan, CancellationToken cancellationToken)
    {
        person.Tell($"Stap 11: Start in uw zaaksysteem een samenwerking ({plan.SamenwerkVorm}) voor verzoek {plan.Verzoeknummer}, nodig {plan.PartnerName} "
            + $"(OIN {plan.PartnerOin}) uit met privilege {plan.PartnerPrivilege}, deel {string.Join(", ", plan.Documents.Select(d => $"'{d.Name}' ({d.Vertrouwelijkheid})"))} "
            + $"en stuur het actieverzoek: {plan.Actieverzoek}");
        var found = await new Poller(time).UntilAsync(
            async ct => await _swf.SamenwerkingAsync(plan.Verzoeknummer, ct).ConfigureAwait(false) is { } id
                && (await _swf.ActieverzoekenAsync(id, ct).ConfigureAwait(false))
                    .Select(a => SwfWatch.Text(a, "actieverzoekId")).OfType<string>().FirstOrDefault() is { } actieverzoek
                ? new CollaborationStarted(id, actieverzoek)
                : null,
            profile.Timing.PollInterval,
            profile.Timing.StepDeadline * 0.8,
            cancellationToken).ConfigureAwait(false);
        return found.Value ?? CollaborationStarted.Failed(
            Texts.ObserveTexts.NoSamenwerking(plan.Verzoeknummer, Texts.LvbbTexts.Seconds(found.Elapsed)));
    }

    public async Task<IReadOnlyList<CollaborationNotice>> ReadNotificationsAsync(CancellationToken cancellationToken)
    {
        var notices = new List<CollaborationNotice>();
        foreach (var item in await _swf.ListAsync("notificaties", "notificaties", cancellationToken).ConfigureAwait(false))
        {
            if (SwfWatch.Text(item, "notificatieId") is { } id)
            {
                await _swf.DeleteAsync($"notificaties/{id}", cancellationToken).ConfigureAwait(false);
            }

            notices.Add(new CollaborationNotice(SwfWatch.Text(item, "type") ?? "", SwfWatch.Text(item, "samenwerkingId") ?? "", SwfWatch.Text(item, "objectId")));
        }

        return notices;
    }
}
