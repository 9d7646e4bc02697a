namespace ChainHarness.Simulators.Faults;

/// <summary>
/// The werkplaats findings (see the domain brief, F1–F20) the simulators can inject, by name, in
/// one place. Select them with <c>--fault F7</c> or <c>Profiles:&lt;name&gt;:Faults</c>.
/// </summary>
public static class KnownFaults
{
    /// <summary>Step 3: the plan software reports an error for a publication the LVBB completed.</summary>
    public const string F2 = "F2";

    /// <summary>
    /// Step 4a: the LVBB publishes (verslag gepubliceerd; Ozon shows the new version), but officielebekendmakingen.nl
    /// does not list the publication: its search and publication page do not find it.
    /// </summary>
    public const string F3 = "F3";

    /// <summary>Step 3: the plan software keeps showing "in behandeling" for a publication the LVBB completed.</summary>
    public const string F4 = "F4";

    /// <summary>Step 1: the plan software writes the rule text without activity or location (weak annotation).</summary>
    public const string F6 = "F6";

    /// <summary>Step 2: the plan software sets datumBekendmaking in the past, so the LVBB rejects it (LVBB1501).</summary>
    public const string F7 = "F7";

    /// <summary>
    /// Step 2: the plan software writes the change against its own draft version of the omgevingsplan, one the LVBB
    /// never received, so the LVBB cannot validate the mutation (nothing new can reach the viewer).
    /// </summary>
    public const string F8 = "F8";

    /// <summary>Step 3: the LVBB never produces a verslag on the publicatieOpdracht (stuck in processing).</summary>
    public const string F9 = "F9";
}
