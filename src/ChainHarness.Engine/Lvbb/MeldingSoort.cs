namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// Soorten of LVBB meldingen the steps tell apart. Our design, as the whole verslag shape is: the
/// LVBB does not publish its categories.
/// </summary>
public static class MeldingSoort
{
    /// <summary>
    /// The change itself (a RegelingMutatie) cannot be applied to the regeling as the LVBB holds it, e.g.
    /// it changes a version the LVBB never received (werkplaats finding F8).
    /// </summary>
    public const string Mutatie = "mutatie";

    /// <summary>True when one of the fouten is about the change itself (<see cref="Mutatie"/>).</summary>
    public static bool RejectsTheChange(LvbbVerslag verslag) => verslag.Fouten.Any(m => m.Soort == Mutatie);
}
