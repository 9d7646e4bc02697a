namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The person at the municipality's software, for observe drivers: the harness tells them what to
/// do (in the run's language) and may ask what they see. Null from <see cref="AskAsync"/> means no answer: the
/// driver then waits for the outcome on the national side instead.
/// </summary>
public interface IOperator
{
    void Tell(string instruction);

    Task<string?> AskAsync(string question, CancellationToken cancellationToken);

    /// <summary>The harness now waits on <paramref name="onWhat"/> until <paramref name="until"/> at the latest; a person sees what and how long.</summary>
    void Waiting(string onWhat, DateTimeOffset until, DateTimeOffset now) =>
        Tell(Texts.ObserveTexts.Waiting(onWhat, Clock(until), Left(until - now)));

    private static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static string Left(TimeSpan left) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)Math.Max(0, left.TotalMinutes)}:{Math.Max(0, left.Seconds):00}");
}
