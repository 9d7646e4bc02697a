using System.Globalization;

namespace ChainHarness.Cli.Console;

/// <summary>The time left of a wait as a person reads it: "14:32" (minutes:seconds), "0:05", never negative.</summary>
internal static class Countdown
{
    public static string Left(DateTimeOffset until, DateTimeOffset now)
    {
        var left = until - now;
        if (left < TimeSpan.Zero)
        {
            left = TimeSpan.Zero;
        }

        var minutes = (int)left.TotalMinutes;
        return string.Create(CultureInfo.InvariantCulture, $"{minutes}:{left.Seconds:00}");
    }

    public static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
