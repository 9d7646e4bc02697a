namespace ChainHarness.Engine.Stop;

/// <summary>One <c>bestand</c> of <c>manifest.xml</c>.</summary>
public sealed record ManifestEntry(string Bestandsnaam, string ContentType);
