namespace ChainHarness.Simulators.Faults;

/// <summary>The faults of the check, aanvraag and receipt (steps 8a–9b), by the names a profile uses.</summary>
public static class LoketFaults
{
    /// <summary>The check stalls and ends in NeemContactOpMet instead of a conclusion (step 8a).</summary>
    public const string F14 = "F14";

    /// <summary>No werkzaamheden linked: searching by everyday words finds nothing (step 8a).</summary>
    public const string F15 = "F15";

    /// <summary>The VTH system takes the attachments from the PDF, so confidential ones are missing in the zaak (step 9a).</summary>
    public const string F16 = "F16";

    /// <summary>The receipt is filled from the wrong fields: verzoeknummer, project and address (step 9b).</summary>
    public const string F17 = "F17";

    /// <summary>
    /// The loket's form leaves out a required document (indieningsvereisten/_bepaal omits one), so the
    /// submission is refused with 422 (step 8b). Not a numbered werkplaats finding.
    /// </summary>
    public const string AanvraagOnvolledig = "AanvraagOnvolledig";
}
