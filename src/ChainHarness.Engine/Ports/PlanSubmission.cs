namespace ChainHarness.Engine.Ports;

/// <summary>
/// What sending an opdracht came to: the idLevering the plan software used, whether the LVBB took
/// it in (its verzoekresultaat), and one line on what happened, for the evidence.
/// </summary>
public sealed record PlanSubmission(string IdLevering, bool Accepted, string Detail)
{
    /// <summary>True only when the LVBB was seen to answer and refuse the opdracht (a verzoekresultaat with meldingen), not when it was never reached.</summary>
    public bool RefusedByLvbb { get; init; }
}
