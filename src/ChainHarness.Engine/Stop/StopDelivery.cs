namespace ChainHarness.Engine.Stop;

/// <summary>
/// A STOP/TPOD delivery as read from its ZIP: the files and what they say. Shared by step 1 (is
/// the change there?), the simulated LVBB (is it valid? what does it publish?) and the simulated
/// plan software. Parts that are missing or unreadable are null or absent; <see cref="Unreadable"/>
/// says why, so a validator can report it.
/// </summary>
public sealed class StopDelivery
{
    public required IReadOnlyList<DeliveryFile> Files { get; init; }

    /// <summary>XML files that could not be read, with the parser's reason.</summary>
    public required IReadOnlyDictionary<string, string> Unreadable { get; init; }

    public OpdrachtInfo? Opdracht { get; init; }

    /// <summary>The entries of <c>manifest.xml</c>; null when it is missing or unreadable.</summary>
    public IReadOnlyList<ManifestEntry>? Manifest { get; init; }

    public OwManifest? OwManifest { get; init; }

    /// <summary>The besluit (or kennisgeving) named in the opdracht's <c>publicatie</c>, when present and readable.</summary>
    public BesluitInfo? Besluit { get; init; }

    /// <summary>
    /// The file a directe mutatie names in <c>directeMutatie</c>, read like a besluit: the regeling versions its
    /// RegelingMutatie makes (<c>wordt</c>) and what it does to the text. Null for an OW-only directe mutatie.
    /// </summary>
    public BesluitInfo? DirecteMutatie { get; init; }

    public IReadOnlyList<OwObject> OwObjects { get; init; } = [];

    public IReadOnlyList<GioInfo> Gios { get; init; } = [];

    public IReadOnlyList<GmlInfo> Gmls { get; init; } = [];

    /// <summary>The juridische regels: which rule text they annotate with which activities and locations.</summary>
    public IReadOnlyList<OwRule> Rules => [.. OwObjects.Select(OwRule.From).OfType<OwRule>()];

    public DeliveryFile? File(string name) =>
        Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public OwObject? FindObject(string owId) =>
        OwObjects.FirstOrDefault(o => string.Equals(o.Id, owId, StringComparison.Ordinal));

    public IEnumerable<OwObject> ObjectsOfType(string type) => OwObjects.Where(o => o.Type == type);
}
