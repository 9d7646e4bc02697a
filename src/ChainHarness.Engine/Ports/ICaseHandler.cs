namespace ChainHarness.Engine.Ports;

/// <summary>
/// The case handler's side of a samenwerking (step 11), in the municipality's case system: start a
/// samenwerking in the Samenwerkfunctionaliteit for a verzoek, invite the partner, share documents,
/// send it an actieverzoek, and read the notifications that come back.
/// </summary>
public interface ICaseHandler
{
    Task<CollaborationStarted> StartCollaborationAsync(CollaborationPlan plan, CancellationToken cancellationToken);

    /// <summary>The notifications that reached the case system since it last looked (each is pulled and deleted once).</summary>
    Task<IReadOnlyList<CollaborationNotice>> ReadNotificationsAsync(CancellationToken cancellationToken);
}
