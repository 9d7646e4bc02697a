using ChainHarness.Engine.Chain;
namespace ChainHarness.Engine.Reporting.Json;

/// <summary>
/// <c>report.json</c>: the whole run, machine-readable, documented by <c>docs/report.schema.json</c>.
/// The history folder keeps these; a later run reads them back to say what changed.
/// </summary>
public sealed record JsonReport
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public string Tool { get; init; } = "ChainHarness";

    public required string Profile { get; init; }

    public required JsonMunicipality Municipality { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required long DurationMs { get; init; }

    public required bool KetenGesloten { get; init; }

    public required bool Cancelled { get; init; }

    public required int ExitCode { get; init; }

    public required Bilingual Verdict { get; init; }

    public string? FirstBreak { get; init; }

    public required IReadOnlyList<JsonStep> Steps { get; init; }

    public JsonHistory? History { get; init; }

    /// <summary>The four connections checked before step 1; absent when no preflight ran.</summary>
    public IReadOnlyList<JsonConnection>? Preflight { get; init; }

    /// <summary>What was real, recorded or simulated, and which validations the LVBB ran; absent when the run did not say.</summary>
    public JsonProvenance? Provenance { get; init; }
}
