using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.World;

/// <summary>A letter or e-mail the VTH system sent to an applicant; here always the ontvangstbevestiging of a zaak.</summary>
public sealed record VthBericht(
    string ZaakIdentificatie,
    string Verzoeknummer,
    string Projectnaam,
    IReadOnlyList<string> Bijlagen,
    string Ontvanger,
    Adres Correspondentieadres,
    DateTimeOffset Verzonden);
