namespace ChainHarness.Simulators.Dmn.Analysis;

/// <summary>What the analysis of a decision table found.</summary>
public enum TableFindingKind
{
    /// <summary>Some combination of answers matches no rule.</summary>
    Gap,

    /// <summary>Two rules match the same answers in a UNIQUE table.</summary>
    Overlap,

    /// <summary>Two rules match the same answers in an ANY table but give different results.</summary>
    Conflict,

    /// <summary>The table has too many combinations to check them all; the analysis stopped.</summary>
    TooLarge,
}
