using System.Diagnostics;
using System.Globalization;

namespace ChainHarness.Engine.Diagnostics;

/// <summary>
/// A stopwatch trace of where a cold run's time goes: with <c>CHAINHARNESS_TRACE_STARTUP=1</c> every
/// <see cref="Mark"/> prints one line to stderr, the time since the process started and since the last mark
/// (the first line's time is the runtime's own start, before <c>Main</c>). Off, it costs one bool test.
/// </summary>
public static class StartupTrace
{
    private static readonly bool On = Environment.GetEnvironmentVariable("CHAINHARNESS_TRACE_STARTUP") == "1";
    private static readonly Lock Gate = new();
    private static TimeSpan _last;

    public static bool Enabled => On;

    /// <summary>A phase ended (or a point was reached): prints its time when tracing is on.</summary>
    public static void Mark(string phase)
    {
        if (!On)
        {
            return;
        }

        var now = SinceProcessStart();
        lock (Gate)
        {
            var delta = now - _last;
            _last = now;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[startup] {now.TotalMilliseconds,7:0} ms  +{delta.TotalMilliseconds,6:0} ms  {phase}"));
        }
    }

    private static TimeSpan SinceProcessStart()
    {
        using var self = Process.GetCurrentProcess();
        return DateTime.Now - self.StartTime;
    }
}
