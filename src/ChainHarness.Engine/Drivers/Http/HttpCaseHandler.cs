using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// The case handler's case system driven through the supplier's API (step 11). Operations, what they
/// are given and what they must capture:
/// <list type="bullet">
/// <item><c>StartCollaboration</c> (given <c>${verzoeknummer}</c>, <c>${samenwerkVorm}</c>, <c>${partnerNaam}</c>,
/// <c>${partnerOin}</c>, <c>${partnerPrivilege}</c>, <c>${actieverzoek}</c> and <c>${documenten}</c>, a JSON array of
/// <c>{naam, vertrouwelijkheid}</c>): <c>samenwerkingId</c> and <c>actieverzoekId</c>, or <c>probleem</c> saying why not.</item>
/// <item><c>ReadNotifications</c>: the lists <c>notificatieType</c>, <c>notificatieSamenwerking</c>, <c>notificatieObject</c>.</item>
/// </list>
/// </summary>
public sealed class HttpCaseHandler(HttpDriverOptions options, ProfileOptions profile, TimeProvider time, Engine.Http.HttpTransport? transport = null, IReadOnlyDictionary<string, Uri>? national = null)
    : HttpPort("CaseHandler", options, profile, time, transport, national), ICaseHandler
{
    public const string StartCollaboration = "StartCollaboration";

    public const string ReadNotifications = "ReadNotifications";

    public async Task<CollaborationStarted> StartCollaborationAsync(CollaborationPlan plan, CancellationToken cancellationToken)
    {
        var given = new Dictionary<string, string?>
        {
            ["verzoeknummer"] = plan.Verzoeknummer,
            ["samenwerkVorm"] = plan.SamenwerkVorm,
            ["partnerNaam"] = plan.PartnerName,
            ["partnerOin"] = plan.PartnerOin,
            ["partnerPrivilege"] = plan.PartnerPrivilege,
            ["actieverzoek"] = plan.Actieverzoek,
            ["documenten"] = PortJson.Documents(plan.Documents),
        };
        await RunAsync(StartCollaboration, given, ["samenwerkingId", "actieverzoekId", "probleem"], cancellationToken).ConfigureAwait(false);
        var id = Values.Text("samenwerkingId");
        var actieverzoek = Values.Text("actieverzoekId");
        return id is { Length: > 0 } && actieverzoek is { Length: > 0 }
            ? new CollaborationStarted(id, actieverzoek)
            : CollaborationStarted.Failed(Values.Text("probleem") ?? $"the case system's API gave no samenwerkingId and actieverzoekId (operation {StartCollaboration})");
    }

    public async Task<IReadOnlyList<CollaborationNotice>> ReadNotificationsAsync(CancellationToken cancellationToken)
    {
        await RunAsync(ReadNotifications, new Dictionary<string, string?>(), ["notificatieType", "notificatieSamenwerking", "notificatieObject"], cancellationToken).ConfigureAwait(false);
        var types = Values.List("notificatieType");
        var samenwerkingen = Values.List("notificatieSamenwerking");
        var objecten = Values.List("notificatieObject");
        return [.. types.Select((type, i) => new CollaborationNotice(type, i < samenwerkingen.Count ? samenwerkingen[i] : "", i < objecten.Count && objecten[i].Length > 0 ? objecten[i] : null))];
    }
}
