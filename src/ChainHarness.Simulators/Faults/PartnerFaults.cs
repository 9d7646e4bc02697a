namespace ChainHarness.Simulators.Faults;

/// <summary>The werkplaats findings the simulated partners and routing inject (steps 10 and 11).</summary>
public static class PartnerFaults
{
    /// <summary>F20: the case handler invites the partner with privilege BT instead of VT, so it cannot see SV documents.</summary>
    public const string PrivilegeBtInsteadOfVt = "F20";

    /// <summary>F20 (second half): the partner never completes the actieverzoek; step 11 runs into its deadline.</summary>
    public const string ActieverzoekNeverCompleted = "F20b";
}
