using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Running;

/// <summary>One part of the chain a step touches (municipal software by port, or a national endpoint) and where it came from.</summary>
public sealed record ChainPart(string Name, bool Municipal, PartSource Source)
{
    /// <summary>"PlanSoftware: gesimuleerd", "Lvbb: echt (pre-productie)".</summary>
    public Bilingual Text => ProvenanceTexts.Part(Name, Source switch
    {
        PartSource.Real => Municipal ? ProvenanceTexts.RealOwnSoftware : ProvenanceTexts.RealPreProduction,
        PartSource.Recorded => ProvenanceTexts.Recording,
        _ => ProvenanceTexts.Simulated,
    });

    public string Dutch => Text.Dutch;

    public string English => Text.English;
}
