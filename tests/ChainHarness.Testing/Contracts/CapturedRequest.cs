namespace ChainHarness.Testing.Contracts;

/// <summary>A request as a client sent it: method, URL, headers (content headers included) and body text.</summary>
public sealed record CapturedRequest(string Method, Uri Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body);
