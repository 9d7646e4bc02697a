using ChainHarness.Engine.Evidence;

namespace ChainHarness.Engine.Preflight;

/// <summary>The preflight of one endpoint of one connection: its status, what was seen, and the exchange.</summary>
public sealed record ConnectionCheck(string Koppelvlak, string Endpoint, ConnectionStatus Status, string Detail)
{
    public int? StatusCode { get; init; }

    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];
}
