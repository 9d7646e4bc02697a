namespace ChainHarness.Engine.Stop;

/// <summary>One <c>Bestand</c> of <c>manifest-ow.xml</c> with the object types it declares.</summary>
public sealed record OwManifestFile(string Naam, IReadOnlyList<string> ObjectTypes);
