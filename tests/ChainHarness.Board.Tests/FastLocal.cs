using ChainHarness.Engine.Waiting;
using ChainHarness.Board.Live;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Board.Tests;

/// <summary>
/// The board's real local chain with short waits, so a step that waits out its deadline (F9) ends
/// within seconds. Not shorter than 5 s: the first run in a process compiles the STOP schemas (about 2.5 s).
/// </summary>
internal static class FastLocal
{
    public static BoardChain Chain() => LocalBoardChain.Create("local", () => new ProfileOptions
    {
        Timing = new TimingOptions { PollInterval = TimeSpan.FromMilliseconds(25), StepDeadline = TimeSpan.FromSeconds(5) },
    });
}
