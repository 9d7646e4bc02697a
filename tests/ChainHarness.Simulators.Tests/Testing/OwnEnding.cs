using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>
/// A step that ended on its own, within its deadline: its cause is its own, not the runner's backstop
/// (<see cref="RunTexts.DeadlinePassed"/>), which replaces the outcome of a step still running a grace
/// (10 %) after its deadline. That the backstop holds is shown on a fake clock (<c>DeadlineOwnerTests</c>),
/// so a chain test needs no wall clock to say "within its deadline".
/// </summary>
internal static class OwnEnding
{
    public static void Assert(ChainResult result, ProfileOptions profile, StepId step)
    {
        var backstop = RunTexts.DeadlinePassed(profile.Timing.StepDeadline);
        var outcome = result[step].Outcome;
        NUnit.Framework.Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed), outcome.Cause);
        NUnit.Framework.Assert.That(
            outcome.Cause, Does.Not.Contain(backstop.Dutch).And.Not.Contain(backstop.English), $"step {step} ended by the runner's backstop, not by its own wait");
    }
}
