namespace ChainHarness.Engine.Rtr;

/// <summary>A toepasbare regel as the RTR lists it: its type and, when the RTR says so, the delivery (idLevering) it came from.</summary>
public sealed record RtrRegelbeheerobject(string Type, string? IdLevering);
