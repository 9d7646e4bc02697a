namespace ChainHarness.Engine.Ports;

/// <summary>
/// The partner's system in a samenwerking (step 11): it picks up its invitation, opens the dossier,
/// reads the documents it may see and handles the actieverzoeken addressed to it.
/// </summary>
public interface ICollaborationPartner
{
    /// <summary>What the partner saw and did for the verzoek; null while it has no samenwerking for it.</summary>
    Task<PartnerView?> TakePartAsync(string verzoeknummer, CancellationToken cancellationToken);
}
