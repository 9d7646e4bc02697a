using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting;

/// <summary>A symbol per outcome, shown beside the word so colour is never the only signal.</summary>
public static class StatusSymbol
{
    public static string For(StepStatus status) => status switch
    {
        StepStatus.Passed => "✓",
        StepStatus.Failed => "✗",
        StepStatus.Skipped => "↷",
        StepStatus.NotApplicable => "–",
        StepStatus.NotImplemented => "◇",
        _ => "○",
    };
}
