namespace ChainHarness.Engine.Running;

/// <summary>One part of the chain a step touches (municipal software by port, or a national endpoint) and where it came from.</summary>
public sealed record ChainPart(string Name, bool Municipal, PartSource Source)
{
    public string Dutch => $"{Name}: {Source switch { PartSource.Real => Municipal ? "echt (eigen software)" : "echt (pre-productie)", PartSource.Recorded => "opname", _ => "gesimuleerd" }}";

    public string English => $"{Name}: {Source switch { PartSource.Real => Municipal ? "real (own software)" : "real (pre-production)", PartSource.Recorded => "recording", _ => "simulated" }}";
}
