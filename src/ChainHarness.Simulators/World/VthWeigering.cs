namespace ChainHarness.Simulators.World;

/// <summary>A verzoeknotificatie the VTH system could not turn into a zaak, and why (e.g. STAM not valid).</summary>
public sealed record VthWeigering(string Verzoeknummer, string Reden, DateTimeOffset At);
