using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.World;

/// <summary>An OW locatie (gebied) with its geometry in RD New (EPSG:28992).</summary>
public sealed record PublishedLocation(string OwId, string Noemer, Geometry Geometry);
