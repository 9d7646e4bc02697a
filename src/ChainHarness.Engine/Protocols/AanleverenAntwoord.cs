
namespace ChainHarness.Engine.Protocols;

/// <summary>What Toepasbare regels aanleveren answered: accepted, or a fault with its meldingen.</summary>
public sealed record AanleverenAntwoord(bool Accepted, string? IdLevering, string? FaultCode, string? FaultString, IReadOnlyList<AanleverenMelding> Meldingen)
{
    public static AanleverenAntwoord Unreadable(string why) => new(false, null, null, why, []);
}
