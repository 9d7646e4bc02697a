using ChainHarness.Engine.Waiting;
namespace ChainHarness.Cli.Setup;

/// <summary>
/// The timing for a room (<c>demo</c>, <c>board</c>): the step deadline, and an attempt timeout of a quarter of it
/// (at most the configured one), so a hanging simulator (F11) is retried and reported within the deadline, and a
/// stuck step (F9) shows within seconds. The simulators answer in milliseconds.
/// </summary>
internal static class RoomDeadline
{
    public const int DefaultSeconds = 10;

    public static void Apply(Engine.Configuration.TimingOptions timing, int seconds)
    {
        timing.StepDeadline = TimeSpan.FromSeconds(seconds);
        timing.AttemptTimeout = TimeSpan.FromTicks(Math.Min(timing.AttemptTimeout.Ticks, timing.StepDeadline.Ticks / 4));
    }
}
