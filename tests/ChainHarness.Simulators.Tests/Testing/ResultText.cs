using ChainHarness.Engine.Running;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>A run's outcomes as text, for assertion messages.</summary>
internal static class ResultText
{
    public static string Describe(ChainResult result) =>
        string.Join("\n", result.Steps.Select(s => $"{s.Step.Id}: {s.Outcome.Status} {s.Outcome.Cause ?? s.Outcome.Summary}"));
}
