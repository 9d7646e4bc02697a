using ChainHarness.Engine.Findings;

namespace ChainHarness.Simulators.Faults;

/// <summary>The faults of the check, aanvraag and receipt (steps 8a–9b), by the names a profile uses.</summary>
public static class LoketFaults
{
    /// <summary>The check stalls and ends in NeemContactOpMet instead of a conclusion (step 8a).</summary>
    public static readonly string F14 = Werkplaats.F14.Code;

    /// <summary>No werkzaamheden linked: searching by everyday words finds nothing (step 8a).</summary>
    public static readonly string F15 = Werkplaats.F15.Code;

    /// <summary>The VTH system takes the attachments from the PDF, so confidential ones are missing in the zaak (step 9a).</summary>
    public static readonly string F16 = Werkplaats.F16.Code;

    /// <summary>The receipt is filled from the wrong fields: verzoeknummer, project and address (step 9b).</summary>
    public static readonly string F17 = Werkplaats.F17.Code;

    /// <summary>
    /// The loket's form leaves out a required document (indieningsvereisten/_bepaal omits one), so the
    /// submission is refused with 422 (step 8b). Not a numbered werkplaats finding.
    /// </summary>
    public const string AanvraagOnvolledig = "AanvraagOnvolledig";
}
