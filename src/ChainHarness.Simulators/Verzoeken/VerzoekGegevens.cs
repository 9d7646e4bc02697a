namespace ChainHarness.Simulators.Verzoeken;

/// <summary>What the applicant filled in when initiating a verzoek (everything but the documents).</summary>
/// <param name="Type">e.g. <c>Aanvraag vergunning</c>, <c>Melding</c>, <c>Informatie</c>.</param>
public sealed record VerzoekGegevens(
    string Type,
    string Projectnaam,
    string? Projectomschrijving,
    Initiatiefnemer Initiatiefnemer,
    RdPunt Locatie,
    IReadOnlyList<Projectactiviteit> Activiteiten);
