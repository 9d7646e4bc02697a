namespace ChainHarness.Engine.Stop;

/// <summary>
/// A juridische regel (RegelVoorIedereen, Instructieregel, Omgevingswaarderegel): the annotation
/// that ties a rule text to its activities and werkingsgebied.
/// </summary>
public sealed record OwRule(string Id, string Type, string? RegeltekstId, IReadOnlyList<string> ActivityIds, IReadOnlyList<string> LocationIds)
{
    public static IReadOnlyList<string> Types { get; } = ["RegelVoorIedereen", "Instructieregel", "Omgevingswaarderegel"];

    public static OwRule? From(OwObject o) =>
        o.Id is null || !Types.Contains(o.Type) ? null : new OwRule(
            o.Id,
            o.Type,
            o.References.FirstOrDefault(r => r.Kind == "RegeltekstRef")?.Target,
            [.. o.References.Where(r => r.Kind == "ActiviteitRef" && r.Role != "bovenliggendeActiviteit").Select(r => r.Target).Distinct()],
            [.. o.References.Where(r => r.Kind == "LocatieRef").Select(r => r.Target).Distinct()]);
}
