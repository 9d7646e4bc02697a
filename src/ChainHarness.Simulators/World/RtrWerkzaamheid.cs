using ChainHarness.Engine.Loket;
namespace ChainHarness.Simulators.World;

/// <summary>
/// A werkzaamheid (a plain-language task such as "Dakkapel plaatsen") in the RTR's functional
/// structure, linked to the activity whose rules it leads to; visible from its geldigBegindatum on.
/// </summary>
public sealed record RtrWerkzaamheid(string FunctioneleStructuurRef, string Naam, string ActivityRef, DateOnly GeldigBegindatum);
