using ChainHarness.Engine.Loket;
namespace ChainHarness.Simulators.Aanleveren;

/// <summary>One toevoegenWerkzaamheid: a plain-language task linked to an activity's functioneleStructuurRef.</summary>
public sealed record AanleverWerkzaamheid(string Naam, string FunctioneleStructuurRef, string ActiviteitRef, DateOnly? GeldigBegindatum);
