namespace ChainHarness.Engine.Stop;

/// <summary>
/// What a delivery's besluit (or kennisgeving) says about itself and the regelingen it touches.
/// </summary>
/// <param name="RootName"><c>AanleveringBesluit</c> or <c>AanleveringKennisgeving</c>.</param>
/// <param name="RegelingWorkIds">Every regeling the besluit establishes, changes or withdraws (AKN works).</param>
/// <param name="RegelingExpressionIds">The new regeling versions it establishes.</param>
public sealed record BesluitInfo(
    string FileName,
    string RootName,
    string? WorkId,
    string? ExpressionId,
    string? OfficieleTitel,
    IReadOnlyList<string> RegelingWorkIds,
    IReadOnlyList<string> RegelingExpressionIds,
    IReadOnlyList<string> Doelen,
    IReadOnlyList<string> InformatieobjectRefs)
{
    public bool IsBesluit => RootName == "AanleveringBesluit";

    /// <summary>BesluitMetadata's <c>soortProcedure</c> (<c>/join/id/stop/proceduretype_definitief</c> or <c>…_ontwerp</c>), when given.</summary>
    public string? SoortProcedure { get; init; }

    /// <summary>An ontwerpbesluit: published, but never consolidated as the regeling's version.</summary>
    public bool IsOntwerp => SoortProcedure?.EndsWith("proceduretype_ontwerp", StringComparison.Ordinal) == true;

    /// <summary>What the besluit's RegelingMutatie does to the regeling's text (empty for an initial regeling or a kennisgeving).</summary>
    public IReadOnlyList<TekstMutatie> Mutaties { get; init; } = [];
}
