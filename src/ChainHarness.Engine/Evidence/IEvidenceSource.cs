namespace ChainHarness.Engine.Evidence;

/// <summary>
/// A driver that keeps its own exchanges (a supplier's API called by the http driver): the runner
/// adds what it logged during a step to that step's evidence.
/// </summary>
public interface IEvidenceSource
{
    EvidenceLog Evidence { get; }
}
