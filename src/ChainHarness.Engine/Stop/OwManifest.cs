namespace ChainHarness.Engine.Stop;

/// <summary><c>manifest-ow.xml</c>: the regeling the OW objects belong to, the doel, and the OW files.</summary>
public sealed record OwManifest(string? WorkIdRegeling, string? DoelId, IReadOnlyList<OwManifestFile> Files);
