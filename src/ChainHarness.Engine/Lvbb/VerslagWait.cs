namespace ChainHarness.Engine.Lvbb;

/// <summary>What waiting for a verslag came to: whether the LVBB answered, the verslag if it could be read, and how long it took.</summary>
public sealed record VerslagWait(bool Answered, LvbbVerslag? Verslag, TimeSpan Waited);
