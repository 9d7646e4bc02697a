namespace ChainHarness.Engine.Rtr;

/// <summary>A werkzaamheid as RTR gegevens lists it: its name and how many activities it is linked to.</summary>
public sealed record RtrWerkzaamheid(string Naam, int Activiteiten);
