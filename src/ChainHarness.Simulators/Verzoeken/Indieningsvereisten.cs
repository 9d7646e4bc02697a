namespace ChainHarness.Simulators.Verzoeken;

/// <summary>The open questions and the required documents (by bijlageType) of one activity.</summary>
public sealed record Indieningsvereisten(IReadOnlyList<Vereiste> Vragen, IReadOnlyList<Vereiste> Documenten)
{
    public static Indieningsvereisten Geen { get; } = new([], []);
}
