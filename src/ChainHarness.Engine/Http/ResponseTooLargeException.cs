namespace ChainHarness.Engine.Http;

/// <summary>An answer larger than <c>Timing:MaxResponseBytes</c>, found while it was being read (or from its Content-Length); never retried.</summary>
public sealed class ResponseTooLargeException(long limit, long? declared)
    : IOException(declared is { } d
        ? $"the answer declares {d} bytes, more than the limit of {limit} bytes (Timing:MaxResponseBytes); it was not read."
        : $"the answer is larger than the limit of {limit} bytes (Timing:MaxResponseBytes); reading stopped there.")
{
    public long Limit { get; } = limit;
}
