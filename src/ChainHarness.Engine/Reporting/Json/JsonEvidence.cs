using ChainHarness.Engine.Evidence;

namespace ChainHarness.Engine.Reporting.Json;

/// <summary>One HTTP exchange or note, as the <see cref="EvidenceLog"/> kept it (redacted, long bodies folded).</summary>
public sealed record JsonEvidence(string Title, string? Method, string? Url, int? StatusCode, string? RequestBody, string? ResponseBody, long? ElapsedMs)
{
    public static JsonEvidence From(EvidenceItem item) =>
        new(item.Title, item.Method, item.Url, item.StatusCode, item.RequestBody, item.ResponseBody,
            item.Elapsed is { } e ? (long)e.TotalMilliseconds : null);
}
