namespace ChainHarness.Engine.Waiting;

/// <summary>
/// The one owner of a step's (or the preflight's) deadline. Every wait inside answers to it: an
/// HTTP attempt's timeout is capped by <see cref="Remaining"/>, a retry (or a <c>Retry-After</c>)
/// that would end past it is not waited, a poll ends at it. <see cref="Token"/> is the runner's
/// backstop: it cancels a step that ignores the deadline a small grace (10 %, at least 250 ms, at most 2 s) later,
/// so a step stops at its deadline, not at twice it. It flows to everything the step awaits.
/// </summary>
public sealed class StepDeadline : IDisposable
{
    /// <summary>The longest deadline or wait any option may ask for (Polly's limit, and far below the timers' 24.8-day overflow).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    private static readonly AsyncLocal<StepDeadline?> Ambient = new();
    private static readonly TimeSpan Smallest = TimeSpan.FromMilliseconds(1);

    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly CancellationTokenSource _backstop;
    private readonly StepDeadline? _outer;

    private StepDeadline(TimeSpan length, TimeProvider time)
    {
        Length = length < Smallest ? Smallest : length > Longest ? Longest : length;
        _time = time;
        _started = time.GetTimestamp();
        _backstop = new CancellationTokenSource(Length + Grace(Length), time);
        _outer = Ambient.Value;
    }

    /// <summary>The deadline the calling flow answers to, if any.</summary>
    public static StepDeadline? Current => Ambient.Value;

    public TimeSpan Length { get; }

    /// <summary>How long is left; never negative.</summary>
    public TimeSpan Remaining => Length - _time.GetElapsedTime(_started) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    /// <summary>Cancelled a grace after the deadline, for a step that does not answer to <see cref="Remaining"/>.</summary>
    public CancellationToken Token => _backstop.Token;

    /// <summary>Starts a deadline and makes it the current one for everything awaited from here.</summary>
    public static StepDeadline Start(TimeSpan length, TimeProvider time)
    {
        var deadline = new StepDeadline(length, time);
        Ambient.Value = deadline;
        return deadline;
    }

    /// <summary><paramref name="wanted"/>, cut to what is left of the current deadline (at least 1 ms, so a timer still fires).</summary>
    public static TimeSpan Cap(TimeSpan wanted)
    {
        var capped = Current is { } d && d.Remaining < wanted ? d.Remaining : wanted;
        return capped < Smallest ? Smallest : capped;
    }

    /// <summary>True when waiting <paramref name="delay"/> would end at or past the current deadline.</summary>
    public static bool WouldPass(TimeSpan delay) => Current is { } d && delay >= d.Remaining;

    public void Dispose()
    {
        if (Ambient.Value == this)
        {
            Ambient.Value = _outer;
        }

        _backstop.Dispose();
    }

    /// <summary>Time for a step whose wait ended at the deadline to say why: 10 % of it, at least 250 ms, at most 2 s.</summary>
    private static TimeSpan Grace(TimeSpan length) => TimeSpan.FromTicks(Math.Clamp(length.Ticks / 10, TimeSpan.FromMilliseconds(250).Ticks, TimeSpan.FromSeconds(2).Ticks));
}
