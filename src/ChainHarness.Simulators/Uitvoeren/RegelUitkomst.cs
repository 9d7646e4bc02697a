using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// What evaluating one rule set came to: the activity (empty when the location lies outside its
/// werkingsgebied), the questions still open, the conclusion (conclusie), and the documents the
/// indieningsvereisten ask for.
/// </summary>
public sealed record RegelUitkomst(IReadOnlyList<LoketActiviteit> Activiteiten, IReadOnlyList<OpenRegelVraag> Vragen, string? Conclusie, IReadOnlyList<Vereiste> Documenten);
