using System.Globalization;
using System.Xml.Linq;
using ChainHarness.Engine.Stop;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// Reads the geometries of a GIO's GML (GML 3.2, RD New): each <c>basisgeo:Geometrie</c> by its
/// id. Polygons, multi-surfaces, points and multi-points; other types are skipped.
/// </summary>
internal static class GmlGeometryReader
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 28992);
    private static readonly XNamespace Gml = StopNamespaces.Gml;

    public static IReadOnlyDictionary<string, Geometry> Read(StopDelivery delivery)
    {
        var geometries = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var gml in delivery.Gmls)
        {
            var document = SafeXml.TryLoad(delivery.File(gml.File)!.Content, out _);
            foreach (var element in document?.Descendants(StopNamespaces.Basisgeo + "Geometrie") ?? [])
            {
                var id = element.Element(StopNamespaces.Basisgeo + "id")?.Value.Trim();
                var shape = element.Element(StopNamespaces.Basisgeo + "geometrie")?.Elements().FirstOrDefault();
                if (id is not null && shape is not null && ToGeometry(shape) is { } geometry)
                {
                    geometries[id] = geometry;
                }
            }
        }

        return geometries;
    }

    private static Geometry? ToGeometry(XElement shape) => shape.Name.LocalName switch
    {
        "Polygon" => Polygon(shape),
        "MultiSurface" => Factory.CreateMultiPolygon([.. shape.Descendants(Gml + "Polygon").Select(Polygon)]),
        "Point" => Factory.CreatePoint(Positions(shape)[0]),
        "MultiPoint" => Factory.CreateMultiPoint([.. shape.Descendants(Gml + "Point").Select(p => Factory.CreatePoint(Positions(p)[0]))]),
        _ => null,
    };

    private static Polygon Polygon(XElement polygon)
    {
        var shell = Factory.CreateLinearRing(Positions(polygon.Element(Gml + "exterior")!));
        var holes = polygon.Elements(Gml + "interior").Select(i => Factory.CreateLinearRing(Positions(i))).ToArray();
        return Factory.CreatePolygon(shell, holes);
    }

    /// <summary>The coordinates of a <c>posList</c> or a run of <c>pos</c> elements (x y pairs).</summary>
    private static Coordinate[] Positions(XElement element)
    {
        var text = element.Descendants(Gml + "posList").FirstOrDefault()?.Value
            ?? string.Join(' ', element.Descendants(Gml + "pos").Select(p => p.Value));
        var numbers = text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.Parse(n, CultureInfo.InvariantCulture))
            .ToArray();
        return [.. Enumerable.Range(0, numbers.Length / 2).Select(i => new Coordinate(numbers[2 * i], numbers[(2 * i) + 1]))];
    }
}
