namespace ChainHarness.Simulators.World;

/// <summary>
/// A regeltekstannotatie as Ozon serves it: a juridische regel of a regeling, the rule text it
/// annotates (OW id and wId), and the activities and werkingsgebieden (OW ids) it names.
/// </summary>
public sealed record OzonRegelAnnotatie(
    string Id,
    string Soort,
    string RegelingWorkId,
    string? RegeltekstId,
    string? WId,
    IReadOnlyList<string> ActivityIds,
    IReadOnlyList<string> LocationIds);
