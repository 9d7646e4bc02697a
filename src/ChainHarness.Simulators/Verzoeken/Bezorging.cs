namespace ChainHarness.Simulators.Verzoeken;

/// <summary>One attempt to push a verzoeknotificatie to a party; <see cref="Status"/> is the HTTP status, or null when it never arrived.</summary>
public sealed record Bezorging(string Verzoeknummer, string Doel, string Oin, Uri? Endpoint, int? Status, string? Fout, DateTimeOffset At)
{
    public bool Delivered => Status is >= 200 and < 300;
}
