using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Chain;

/// <summary>
/// The language a run speaks in: Dutch unless the CLI (<c>--lang en</c>) or the board chose English for
/// this run. It flows with the run's async calls, as <c>CultureInfo.CurrentUICulture</c> does for
/// Microsoft.Extensions.Localization, so a step's cause is written once, in the run's language, and two
/// runs side by side (a test, a sweep) can each speak their own.
/// </summary>
public static class SpokenLanguage
{
    private static readonly AsyncLocal<ReportLanguage?> Chosen = new();

    public static ReportLanguage Current => Chosen.Value ?? ReportLanguage.Dutch;

    /// <summary>Speak <paramref name="language"/> in this flow until the returned scope is disposed.</summary>
    public static IDisposable Use(ReportLanguage language)
    {
        var before = Chosen.Value;
        Chosen.Value = language;
        return new Scope(() => Chosen.Value = before);
    }

    /// <summary>A text in the current language: <c>Say("Dutch", "English")</c> for one-off entries in a catalogue class.</summary>
    public static string Pick(string dutch, string english) => Current == ReportLanguage.English ? english : dutch;

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
