using ChainHarness.Engine.Ports;

namespace ChainHarness.Simulators.Aanleveren;

/// <summary>One toevoegenToepasbareRegels: a .dmn file in the ZIP, its regelbeheerobject type and geldigBegindatum.</summary>
public sealed record AanleverBestand(string Bestandsnaam, RegelbeheerobjectType Type, DateOnly? GeldigBegindatum);
