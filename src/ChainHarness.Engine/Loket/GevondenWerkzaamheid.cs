namespace ChainHarness.Engine.Loket;

/// <summary>
/// A werkzaamheid the loket's search found: its name, its own functioneleStructuurRef, and those of
/// the activities it leads to (what the vergunningcheck evaluates).
/// </summary>
public sealed record GevondenWerkzaamheid(string Naam, string FunctioneleStructuurRef, IReadOnlyList<string> ActiviteitRefs)
{
    /// <summary>What the check evaluates: the first activity's ref, or the werkzaamheid's own when it names none.</summary>
    public string RegelRef => ActiviteitRefs.FirstOrDefault() ?? FunctioneleStructuurRef;
}
