namespace ChainHarness.Simulators.Recording;

/// <summary>One request that passed the recording proxy and the answer it got, secrets still in (they are stripped on saving).</summary>
public sealed record RecordedExchange(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    bool TextBody);
