namespace ChainHarness.Engine.Ports;

/// <summary>
/// The bevoegd gezag's VTH (case) system, as steps 9a and 9b look into it: the zaak opened for a
/// verzoek, and the ontvangstbevestiging sent to the applicant. A simulated one, or a supplier's
/// driver (for instance over the ZGW APIs).
/// </summary>
public interface IVthSystem
{
    /// <summary>The zaak opened for this verzoeknummer, with its answers and attachments; null while there is none.</summary>
    Task<VthZaak?> FindZaakAsync(string verzoeknummer, CancellationToken cancellationToken);

    /// <summary>The ontvangstbevestiging sent to the applicant for this zaak; null while none was sent.</summary>
    Task<Ontvangstbevestiging?> FindOntvangstbevestigingAsync(string zaakIdentificatie, CancellationToken cancellationToken);
}
