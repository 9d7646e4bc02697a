namespace ChainHarness.Benchmarks;

/// <summary>One HTTP request a simulator received during a run, with its full body, to be sent again.</summary>
internal sealed record RecordedExchange(string Method, Uri Url, IReadOnlyList<KeyValuePair<string, string[]>> Headers, byte[] Body);
