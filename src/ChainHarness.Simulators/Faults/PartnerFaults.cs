using ChainHarness.Engine.Findings;

namespace ChainHarness.Simulators.Faults;

/// <summary>The werkplaats findings the simulated routing, behandeldienst and partners inject (steps 10 and 11).</summary>
public static class PartnerFaults
{
    /// <summary>F18: the routing to the behandeldienst is configured only in production, so in pre-productie the whole request lands at the municipality.</summary>
    public static readonly string F18 = Werkplaats.F18.Code;

    /// <summary>F19: the behandeldienst's system opens its zaak but never tells the applicant that the request went to it.</summary>
    public static readonly string F19 = Werkplaats.F19.Code;

    /// <summary>F20: the case handler invites the partner with privilege BT instead of VT, so it cannot see SV documents.</summary>
    public static readonly string PrivilegeBtInsteadOfVt = Werkplaats.F20.Code;

    /// <summary>F20 (second half): the partner never completes the actieverzoek; step 11 runs into its deadline.</summary>
    public static readonly string ActieverzoekNeverCompleted = Werkplaats.F20.Code + "b";
}
