using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Ports;

/// <summary>A zaak in the VTH system: its own id, the verzoeknummer it was opened for, its description, answers and attachments.</summary>
public sealed record VthZaak(
    string Identificatie,
    string Verzoeknummer,
    string Omschrijving,
    IReadOnlyList<Antwoord> Antwoorden,
    IReadOnlyList<ZaakBijlage> Bijlagen);
