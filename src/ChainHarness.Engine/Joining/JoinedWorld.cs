namespace ChainHarness.Engine.Joining;

/// <summary>
/// A running simulated world as <c>GET /__world</c> describes it (our design): whose it is, where each
/// national service and the world's municipal software answer, the faults switched on, and where
/// each party's messages go. What <c>run --world</c> joins.
/// </summary>
public sealed record JoinedWorld(
    Uri Control,
    bool Ready,
    string MunicipalityCode,
    string MunicipalityOin,
    int Iteration,
    string? BehandeldienstOin,
    string? PartnerOin,
    IReadOnlyDictionary<string, Uri> National,
    IReadOnlyDictionary<string, Uri> Municipal,
    IReadOnlyList<string> Faults)
{
    /// <summary>The world's simulated municipal software, in the standard port contract.</summary>
    public const string Software = "Gemeentesoftware";
}
