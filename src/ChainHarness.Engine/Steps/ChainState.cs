namespace ChainHarness.Engine.Steps;

/// <summary>
/// What steps capture for the steps after them, typed and grouped by lane (a file per lane). It is a contract: a
/// step declares the captures it reads and writes in its definition (<c>Reads</c>, <c>Writes</c>, names in
/// <see cref="CaptureNames"/>), the <see cref="Ledger"/> holds it to that while it runs, a test checks that every
/// capture written is read by a later step, and <see cref="StepContext.Require{T}"/> is the one way to say "the step
/// that captures this did not run". What the run starts from (<c>--from-activity</c>) is an input, in the profile,
/// never written here by the runner.
/// </summary>
public sealed class ChainState
{
    public ChainState()
    {
        Plan = new PlanCaptures(Ledger);
        Rules = new RulesCaptures(Ledger);
        Loket = new LoketCaptures(Ledger);
    }

    public CaptureLedger Ledger { get; } = new();

    public PlanCaptures Plan { get; }

    public RulesCaptures Rules { get; }

    public LoketCaptures Loket { get; }
}
