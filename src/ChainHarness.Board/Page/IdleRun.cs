using ChainHarness.Board.Live;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Page;

/// <summary>The chain before anything ran: every step "not run", so the report's picture draws it neutral.</summary>
internal static class IdleRun
{
    public static RunReport Report(BoardChain chain) =>
        RunReport.From(new ChainResult(
            "board",
            chain.MunicipalityCode,
            chain.MunicipalityName,
            DateTimeOffset.UnixEpoch,
            TimeSpan.Zero,
            [.. KnownSteps.All.Select(s => new StepResult(s, NotYet, Selected: true))],
            Cancelled: false));

    public static StepOutcome NotYet { get; } = StepOutcome.NotRun("not run yet on this board");
}
