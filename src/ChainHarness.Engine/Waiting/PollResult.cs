
namespace ChainHarness.Engine.Waiting;

/// <summary>What a poll came to: the value when it became ready, or that the deadline passed.</summary>
public sealed record PollResult<T>(T? Value, int Attempts, TimeSpan Elapsed)
    where T : class
{
    public bool Ready => Value is not null;
}
