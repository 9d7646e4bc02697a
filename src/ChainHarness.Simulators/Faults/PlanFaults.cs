using ChainHarness.Engine.Findings;

namespace ChainHarness.Simulators.Faults;

/// <summary>
/// The faults of the plan lane (steps 1–4b: findings F2–F9 of <see cref="Werkplaats"/>) the simulated plan
/// software, LVBB and bekendmakingen inject, by name. Every lane's faults: <see cref="FaultCatalog"/>. Select them with <c>--fault F7</c> or <c>Profiles:&lt;name&gt;:Faults</c>.
/// </summary>
public static class PlanFaults
{
    /// <summary>Step 3: the plan software reports an error for a publication the LVBB completed.</summary>
    public static readonly string F2 = Werkplaats.F2.Code;

    /// <summary>
    /// Step 4a: the LVBB publishes (verslag gepubliceerd; Ozon shows the new version), but officielebekendmakingen.nl
    /// does not list the publication: its search and publication page do not find it.
    /// </summary>
    public static readonly string F3 = Werkplaats.F3.Code;

    /// <summary>Step 3: the plan software keeps showing "in behandeling" for a publication the LVBB completed.</summary>
    public static readonly string F4 = Werkplaats.F4.Code;

    /// <summary>
    /// Step 3 (iteration 3): withdrawing (intrekken) fails between plan software and LVBB. The plan software
    /// exports the intrekking correctly (step 1 and the validatieOpdracht of step 2 pass), but builds the
    /// publicatieOpdracht without the OW status <c>beëindigen</c>: it sends the rule texts and juridische
    /// regels of the withdrawn article as current, and the LVBB refuses the publication.
    /// </summary>
    public static readonly string F5 = Werkplaats.F5.Code;

    /// <summary>Step 1: the plan software writes the rule text without activity or location (weak annotation).</summary>
    public static readonly string F6 = Werkplaats.F6.Code;

    /// <summary>Step 2: the plan software sets datumBekendmaking in the past, so the LVBB rejects it (LVBB1501).</summary>
    public static readonly string F7 = Werkplaats.F7.Code;

    /// <summary>
    /// Step 2: the plan software writes the change against its own draft version of the omgevingsplan, one the LVBB
    /// never received, so the LVBB cannot validate the mutation (nothing new can reach the viewer).
    /// </summary>
    public static readonly string F8 = Werkplaats.F8.Code;

    /// <summary>Step 3: the LVBB never produces a verslag on the publicatieOpdracht (stuck in processing).</summary>
    public static readonly string F9 = Werkplaats.F9.Code;
}
