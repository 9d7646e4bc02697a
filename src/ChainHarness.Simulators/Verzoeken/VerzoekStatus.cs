namespace ChainHarness.Simulators.Verzoeken;

/// <summary>Where a verzoek is in the loket: being built, submitted, or withdrawn after submission.</summary>
public enum VerzoekStatus
{
    Concept,
    Ingediend,
    Ingetrokken,
}
