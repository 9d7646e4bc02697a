using ChainHarness.Engine.Ports;
namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// Where the simulated loket finds the toepasbare regels: what the RTR holds after step 7 (and the
/// werkzaamheden linked in step 5), as visible on a date.
/// </summary>
public interface IToepasbareRegelsBron
{
    /// <summary>The werkzaamheden linked to toepasbare regels that are in force on <paramref name="datum"/>.</summary>
    IReadOnlyList<GekoppeldeWerkzaamheid> Werkzaamheden(DateOnly datum);

    /// <summary>The rule set of this kind for the functioneleStructuurRef in force on <paramref name="datum"/>; null when there is none.</summary>
    ToepasbareRegel? Vind(string functioneleStructuurRef, RegelbeheerobjectType soort, DateOnly datum);
}
