namespace ChainHarness.Engine.Stop;

/// <summary>
/// <c>manifest-ow.xml</c>: the regeling the OW objects belong to, the doel, and the OW files (of its first
/// <c>Aanlevering</c>), and how many <c>Aanlevering</c> elements it has.
/// </summary>
public sealed record OwManifest(string? WorkIdRegeling, string? DoelId, IReadOnlyList<OwManifestFile> Files, int Aanleveringen = 1);
