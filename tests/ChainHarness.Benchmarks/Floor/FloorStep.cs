namespace ChainHarness.Benchmarks.Floor;

/// <summary>One request of the floor; <see cref="IsPoll"/> when the chain asked it more than once until the answer changed.</summary>
internal sealed record FloorStep(RecordedExchange Exchange, bool IsPoll);
