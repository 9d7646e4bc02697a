using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>Asserts which steps a run skipped, and the step that blocked each.</summary>
internal static class SkippedSteps
{
    public static void AssertBlocked(ChainResult result, params (string Step, string BlockedBy)[] expected)
    {
        foreach (var (step, blockedBy) in expected)
        {
            Assert.That(result[step].Outcome.Status, Is.EqualTo(StepStatus.Skipped), $"step {step}");
            Assert.That(result[step].Outcome.BlockedBy, Is.EqualTo((StepId)blockedBy), $"step {step}");
        }
    }
}
