using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.World;

/// <summary>
/// A zaak the simulated VTH system opened for a verzoek (shaped after the ZGW Zaken API): the
/// verzoeknummer as a kenmerk, the project name as omschrijving, every answer as a zaakeigenschap
/// and every document as an informatieobject.
/// </summary>
public sealed record Zaak(
    string Uuid,
    string Identificatie,
    string Verzoeknummer,
    string Omschrijving,
    DateOnly Startdatum,
    RdPunt Locatie,
    Initiatiefnemer Initiatiefnemer,
    IReadOnlyList<Specificatie> Eigenschappen,
    IReadOnlyList<ZaakDocument> Documenten)
{
    /// <summary>Set when the applicant withdrew the verzoek (a notification with doel Intrekken).</summary>
    public bool Ingetrokken { get; init; }
}
