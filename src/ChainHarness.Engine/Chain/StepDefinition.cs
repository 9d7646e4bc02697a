namespace ChainHarness.Engine.Chain;

/// <summary>
/// What a step is: its id (1, 2, 3, 4a, …), its Dutch name as the werkplaats uses it, its lane,
/// the steps it depends on, the system that usually owns a failure, whether it is one of the
/// steps that close the chain (1–9b), what a werkplaats tester expects to see, and its place in
/// the chain picture. Each step declares its own in its folder; <c>KnownSteps</c> discovers them.
/// </summary>
public sealed record StepDefinition(
    StepId Id,
    string DutchName,
    string EnglishName,
    Lane Lane,
    IReadOnlyList<StepId> DependsOn,
    string LikelyOwner,
    bool ClosesChain = true)
{
    /// <summary>What a tester expects to see at this step: the "expected" of a findings list and the "what is checked" of a report.</summary>
    public Bilingual Expectation { get; init; } = new("(geen verwachting vastgelegd)", "(no expectation recorded)");

    /// <summary>The captures of <c>ChainState</c> this step reads (names as in <c>CaptureNames</c>, e.g. <c>Plan.ActivityId</c>).</summary>
    public IReadOnlyList<string> Reads { get; init; } = [];

    /// <summary>The captures of <c>ChainState</c> this step writes for the steps after it.</summary>
    public IReadOnlyList<string> Writes { get; init; } = [];

    /// <summary>The municipal ports (driver names, e.g. <c>PlanSoftware</c>) this step drives: the provenance of every report.</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    /// <summary>The national endpoints (e.g. <c>Lvbb</c>) this step calls.</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    /// <summary>Column and row within the step's lane in the chain picture; null: next free column of the first row.</summary>
    public ChainPlace? Place { get; init; }
}
