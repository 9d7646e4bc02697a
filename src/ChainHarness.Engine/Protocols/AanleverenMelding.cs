
namespace ChainHarness.Engine.Protocols;

/// <summary>One melding in an aanleveren fault: its code (TRA-xxx) and description.</summary>
public sealed record AanleverenMelding(string Code, string Beschrijving);
