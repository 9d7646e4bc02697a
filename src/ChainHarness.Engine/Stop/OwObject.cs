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
    IReadOnlyList<string> NestedIds)
{
    /// <summary>The value IMOW's <c>ow:status</c> takes for an object a delivery ends (withdraws).</summary>
    public const string StatusBeeindigen = "beëindigen";

    /// <summary>IMOW's <c>status</c>: null for a new or changed object, <c>beëindigen</c> for one the delivery ends.</summary>
    public string? Status { get; init; }

    /// <summary>The delivery ends (withdraws) this object: it must disappear from Ozon.</summary>
    public bool Ended => Status == StatusBeeindigen;
}
