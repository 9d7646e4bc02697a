using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Ports;

/// <summary>The receipt the VTH system sent the applicant: the verzoeknummer, project, attachments and where it went.</summary>
public sealed record Ontvangstbevestiging(
    string Verzoeknummer,
    string Projectnaam,
    IReadOnlyList<string> Bijlagen,
    string Ontvanger,
    Postadres Correspondentieadres);
