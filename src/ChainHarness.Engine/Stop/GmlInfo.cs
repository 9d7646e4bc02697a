namespace ChainHarness.Engine.Stop;

/// <summary>A GIO's GML file (<c>GeoInformatieObjectVaststelling</c>): its identity and the ids of its geometries.</summary>
public sealed record GmlInfo(string File, string? Work, string? Expression, IReadOnlyList<string> GeometryIds);
