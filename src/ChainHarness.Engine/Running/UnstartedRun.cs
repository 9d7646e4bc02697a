using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Running;

/// <summary>
/// The result of a run that never reached its first step, so that it still gets every report:
/// cancelled while the simulators started (or while waiting for its turn in a sweep), or stopped
/// by an error in the harness itself before the runner could take over.
/// </summary>
public static class UnstartedRun
{
    public static ChainResult Cancelled(string name, ProfileOptions profile, StepSelection selection, DateTimeOffset started, TimeSpan duration) =>
        Result(name, profile, started, duration, cancelled: true,
            step => StepOutcome.NotRun("cancelled before this step ran"), selection);

    /// <summary>The first selected step fails with <paramref name="message"/> (never a stack); the rest are not run.</summary>
    public static ChainResult Crashed(string name, ProfileOptions profile, StepSelection selection, DateTimeOffset started, TimeSpan duration, string message)
    {
        var first = KnownSteps.All.FirstOrDefault(s => selection.Contains(s.Id))?.Id;
        return Result(name, profile, started, duration, cancelled: false,
            step => step.Id == first
                ? StepOutcome.Failed($"ChainHarness could not run this profile: {message}")
                : StepOutcome.NotRun("the run stopped before this step"),
            selection);
    }

    private static ChainResult Result(
        string name, ProfileOptions profile, DateTimeOffset started, TimeSpan duration, bool cancelled,
        Func<StepDefinition, StepOutcome> outcome, StepSelection selection) =>
        new(name, profile.Municipality.Code, profile.Municipality.Name, started, duration,
            [.. KnownSteps.All.Select(s => new StepResult(s, outcome(s), selection.Contains(s.Id)))],
            Cancelled: cancelled);
}
