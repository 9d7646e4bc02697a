using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// What evaluating one rule set came to: the activity (empty when the location lies outside its
/// werkingsgebied), the questions still open, the conclusion (conclusie), and the documents the
/// indieningsvereisten ask for. <see cref="Evaluatiefout"/>: the rules could not be evaluated for these
/// answers (the evaluator's words), which is an error, not a missing conclusion.
/// </summary>
public sealed record RegelUitkomst(IReadOnlyList<LoketActiviteit> Activiteiten, IReadOnlyList<OpenRegelVraag> Vragen, string? Conclusie, IReadOnlyList<Vereiste> Documenten, string? Evaluatiefout = null);
