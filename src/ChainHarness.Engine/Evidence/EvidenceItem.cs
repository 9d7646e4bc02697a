namespace ChainHarness.Engine.Evidence;

/// <summary>
/// One piece of evidence behind a verdict: an HTTP exchange or a note. Bodies are already
/// redacted and folded when they get here (see <see cref="EvidenceLog"/>).
/// </summary>
public sealed record EvidenceItem(string Title)
{
    public string? Method { get; init; }

    public string? Url { get; init; }

    public int? StatusCode { get; init; }

    public string? RequestBody { get; init; }

    public string? ResponseBody { get; init; }

    public TimeSpan? Elapsed { get; init; }
}
