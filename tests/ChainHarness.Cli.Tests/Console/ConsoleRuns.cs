using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Cli.Tests.Console;

/// <summary>A run made by hand, fed through an observer the way the runner feeds it.</summary>
internal static class ConsoleRuns
{
    public static Task<ChainResult> StepThreeFailsAsync(IChainObserver observer)
    {
        var results = new List<StepResult>();
        foreach (var step in KnownSteps.All)
        {
            StepOutcome outcome;
            if (step.Id <= (StepId)"2")
            {
                observer.StepStarted(step);
                outcome = StepOutcome.Passed("ok");
            }
            else if (step.Id == (StepId)"3")
            {
                observer.StepStarted(step);
                observer.StepWaiting(step, "het LVBB-verslag");
                outcome = StepOutcome.Failed("LVBB sent no verslag for idLevering gm9999-1 within 30 s.", Werkplaats.F9);
            }
            else
            {
                outcome = StepOutcome.Skipped(step.DependsOn[0]);
            }

            observer.StepFinished(step, outcome);
            results.Add(new StepResult(step, outcome, true));
        }

        return Task.FromResult(new ChainResult("local", "gm9999", "Testdorp", DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1), results, false));
    }
}
