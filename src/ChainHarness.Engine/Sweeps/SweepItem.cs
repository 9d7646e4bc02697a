using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Sweeps;

/// <summary>One municipality of a sweep: its profile name (also its report folder's name) and options.</summary>
public sealed record SweepItem(string Name, ProfileOptions Profile);
