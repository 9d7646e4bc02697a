namespace ChainHarness.Engine.Ports;

/// <summary>A publication's status in the plan software, with the words the plan software shows.</summary>
public sealed record PlanPublicationStatus(PlanPublicationState State, string Shown)
{
    public bool IsFinal => State is not PlanPublicationState.InBehandeling;
}
