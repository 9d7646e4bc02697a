namespace ChainHarness.Benchmarks.Floor;

/// <summary>One request the chain's client sent to a simulator during a run, with full body, and the answer it got.</summary>
internal sealed record RecordedExchange(
    string Server, string Method, Uri Url, IReadOnlyList<KeyValuePair<string, string[]>> Headers, byte[] Body,
    int Status, string? ContentType, byte[] Answer, string? Location)
{
    /// <summary>Same request (method, URL, body): a poll asks the same thing again.</summary>
    public bool SameRequest(RecordedExchange other) =>
        Method == other.Method && Url == other.Url && Body.AsSpan().SequenceEqual(other.Body);

    public bool SameAnswer(RecordedExchange other) => Status == other.Status && Answer.AsSpan().SequenceEqual(other.Answer);
}
