namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// The LVBB's first answer to an opdracht: could it be taken in (<c>ontvangen</c>) or not
/// (<c>afgewezen</c>, with meldingen). REST facade of our design over the ebMS exchange.
/// </summary>
public sealed record LvbbVerzoekresultaat(string? IdLevering, string Status, IReadOnlyList<LvbbMelding> Meldingen)
{
    public const string Ontvangen = "ontvangen";

    public const string Afgewezen = "afgewezen";
}
