using ChainHarness.Engine.Findings;

namespace ChainHarness.Simulators.Faults;

/// <summary>The faults the rules lane (steps 5–7) injects, by name, with what each one does.</summary>
public static class RulesFaults
{
    /// <summary>
    /// F10, practice environment wiped: the RTR no longer lists existing (bruidsschat) activities, so a
    /// rules sub-chain started from one fails in step 5. Activities published in this run stay.
    /// </summary>
    public static readonly string PracticeDataWiped = Werkplaats.F10.Code;

    /// <summary>
    /// F12: the rules software refers to a werkingsgebied Ozon does not know (an outdated location id).
    /// Regels verifiëren does not notice; Toepasbare regels aanleveren refuses the delivery (step 7).
    /// </summary>
    public static readonly string LocationUnknownToOzon = Werkplaats.F12.Code;

    /// <summary>
    /// F13: the rules software delivers with a geldigBegindatum two weeks ahead. Aanleveren accepts it,
    /// but the RTR shows nothing yet as of today, so step 7 fails (and the loket shows no questions).
    /// </summary>
    public static readonly string FutureBegindatum = Werkplaats.F13.Code;

    /// <summary>TR-OVERLAP: the rules software adds a rule that overlaps another in the UNIQUE Conclusie table (step 6 fails).</summary>
    public const string OverlappingRules = "TR-OVERLAP";

    /// <summary>How far ahead the begindatum lies under <see cref="FutureBegindatum"/>.</summary>
    public static readonly TimeSpan FutureOffset = TimeSpan.FromDays(14);
}
