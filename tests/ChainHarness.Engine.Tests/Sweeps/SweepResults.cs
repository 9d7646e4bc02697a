using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Sweeps;

/// <summary>Chain results made by hand for sweep tests: steps 1–4b selected, one of them failing or none.</summary>
internal static class SweepResults
{
    public static readonly StepSelection PlanSteps = Selection("1-4b");

    public static ChainResult For(string profile, string? failingStep = null, string cause = "the LVBB refused the delivery")
    {
        StepId? failing = failingStep is null ? default(StepId?) : StepId.Parse(failingStep);
        var steps = KnownSteps.All.Select(step =>
        {
            var selected = PlanSteps.Contains(step.Id);
            var outcome = !selected ? StepOutcome.NotRun("not selected")
                : step.Id == failing ? StepOutcome.Failed(cause)
                : failing is { } f && Reaches(step, f) ? StepOutcome.Skipped(f)
                : StepOutcome.Passed("ok");
            return new StepResult(step, outcome, selected);
        });
        return new ChainResult(profile, profile, $"Dorp {profile}", DateTimeOffset.UnixEpoch, TimeSpan.FromMilliseconds(120), [.. steps], Cancelled: false);
    }

    private static bool Reaches(StepDefinition step, StepId failing) =>
        step.DependsOn.Any(d => d == failing || Reaches(KnownSteps.All.First(s => s.Id == d), failing));

    private static StepSelection Selection(string text) =>
        StepSelection.TryParse(text, out var selection, out _) ? selection : throw new ArgumentException(text);
}
