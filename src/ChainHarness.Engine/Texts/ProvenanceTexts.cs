using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Where a run's parts came from: the words the verdict ends with, and each part's source.</summary>
public static class ProvenanceTexts
{
    public static Bilingual FullySimulated { get; } = new("volledig gesimuleerd", "fully simulated");

    /// <summary>Every national endpoint real and some own municipal software: <paramref name="own"/> names it.</summary>
    public static Bilingual AgainstPreProduction(Bilingual own) => new(
        $"tegen pre-productie met uw eigen {own.Dutch}", $"against pre-production with your own {own.English}");

    public static Bilingual PartlyReal(Bilingual parts) => new($"deels echt: {parts.Dutch}; de rest gesimuleerd", $"partly real: {parts.English}; the rest simulated");

    public static Bilingual PlanSoftware { get; } = new("plansoftware", "plan software");

    public static Bilingual RulesSoftware { get; } = new("regelsoftware", "rules software");

    public static Bilingual VthSystem { get; } = new("VTH-systeem", "VTH system");

    /// <summary>"PlanSoftware: gesimuleerd": a part by its name, and its source.</summary>
    public static Bilingual Part(string name, Bilingual source) => new($"{name}: {source.Dutch}", $"{name}: {source.English}");

    public static Bilingual RealOwnSoftware { get; } = new("echt (eigen software)", "real (own software)");

    public static Bilingual RealPreProduction { get; } = new("echt (pre-productie)", "real (pre-production)");

    public static Bilingual Recording { get; } = new("opname", "recording");

    public static Bilingual Simulated { get; } = new("gesimuleerd", "simulated");
}
