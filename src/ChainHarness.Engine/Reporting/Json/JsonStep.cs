using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Json;

/// <summary>One step of <c>report.json</c>; see <c>docs/report.schema.json</c>.</summary>
public sealed record JsonStep
{
    public required string Id { get; init; }

    public required string DutchName { get; init; }

    public required string EnglishName { get; init; }

    public required Lane Lane { get; init; }

    public required IReadOnlyList<string> DependsOn { get; init; }

    public required bool ClosesChain { get; init; }

    public required bool Selected { get; init; }

    public required StepStatus Status { get; init; }

    public required string Summary { get; init; }

    public string? Cause { get; init; }

    public string? BlockedBy { get; init; }

    public required Bilingual Expected { get; init; }

    public required Bilingual LikelyOwner { get; init; }

    public JsonFinding? Finding { get; init; }

    public JsonChange? Change { get; init; }

    public required long DurationMs { get; init; }

    public IReadOnlyList<JsonEvidence> Evidence { get; init; } = [];

    /// <summary>The municipal ports and national endpoints this step touched, each with its source; absent when the run did not say.</summary>
    public IReadOnlyList<JsonPart>? Sources { get; init; }
}
