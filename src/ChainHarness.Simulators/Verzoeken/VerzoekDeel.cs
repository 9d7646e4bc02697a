namespace ChainHarness.Simulators.Verzoeken;

/// <summary>
/// The part of a submitted verzoek addressed to one uitvoerende instantie: the bevoegd gezag, or a
/// behandeldienst the activity is routed to (step 10). Only this party may fetch this part.
/// </summary>
public sealed record VerzoekDeel(Partij UitvoerendeInstantie, IReadOnlyList<Projectactiviteit> Activiteiten);
