namespace ChainHarness.Engine.Stop;

/// <summary>
/// One OW object of an <c>ow*.xml</c> file: its type (<c>Activiteit</c>, <c>Gebied</c>,
/// <c>RegelVoorIedereen</c>, …), its identificatie, its name, and every xlink reference in it.
/// </summary>
/// <param name="NestedIds">Identificaties of objects nested inside (e.g. an ActiviteitLocatieaanduiding).</param>
public sealed record OwObject(
    string File,
    string Type,
    string? Id,
    string? Naam,
    string? WId,
    IReadOnlyList<OwReference> References,
    IReadOnlyList<string> NestedIds);
