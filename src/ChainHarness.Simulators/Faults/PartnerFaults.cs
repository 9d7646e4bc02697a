namespace ChainHarness.Simulators.Faults;

/// <summary>The werkplaats findings the simulated routing, behandeldienst and partners inject (steps 10 and 11).</summary>
public static class PartnerFaults
{
    /// <summary>F18: the routing to the behandeldienst is configured only in production, so in pre-productie the whole request lands at the municipality.</summary>
    public const string F18 = "F18";

    /// <summary>F19: the behandeldienst's system opens its zaak but never tells the applicant that the request went to it.</summary>
    public const string F19 = "F19";

    /// <summary>F20: the case handler invites the partner with privilege BT instead of VT, so it cannot see SV documents.</summary>
    public const string PrivilegeBtInsteadOfVt = "F20";

    /// <summary>F20 (second half): the partner never completes the actieverzoek; step 11 runs into its deadline.</summary>
    public const string ActieverzoekNeverCompleted = "F20b";
}
