namespace ChainHarness.Simulators.Verzoeken;

/// <summary>One answer the applicant gave: the question id (of the toepasbare regels), its text, the answer.</summary>
public sealed record Specificatie(string VraagId, string Antwoord, string? Vraag = null);
