namespace ChainHarness.Simulators.Stam;

/// <summary>A STAM verzoek read and validated, or the reasons it was refused.</summary>
public sealed record StamReadResult(StamVerzoek? Verzoek, IReadOnlyList<string> Errors)
{
    public bool Valid => Verzoek is not null && Errors.Count == 0;
}
