using System.Text.Json;
using ChainHarness.Simulators.Hosting;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Ozon;

/// <summary>
/// A geometry search body (<c>{ "geometrie": { "type": "Point", "coordinates": [x, y] } }</c>,
/// Point or Polygon in RD New, header <c>Content-Crs: http://www.opengis.net/def/crs/EPSG/0/28992</c>).
/// Without <c>Content-Crs</c> or with more than 3 decimals the answer is 422; the short form
/// <c>EPSG:28992</c> gives no geometry and so an empty result, as the real one does ([seen]).
/// </summary>
internal sealed record GeometryQuery(Geometry? Geometry, SimResponse? Problem)
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 28992);
    private const string RdNew = "http://www.opengis.net/def/crs/EPSG/0/28992";
    private static readonly string[] ShortForms = ["EPSG:28992", "urn:ogc:def:crs:EPSG::28992"];

    public static GeometryQuery Parse(SimRequest request)
    {
        var crs = request.Header("Content-Crs");
        if (string.IsNullOrWhiteSpace(crs))
        {
            return Fail("Content-Crs", "A geometry body needs the Content-Crs header (EPSG:28992).");
        }

        if (ShortForms.Contains(crs.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            // [seen] The real Presenteren answers a short form with an empty result, not an error.
            return new GeometryQuery(null, null);
        }

        if (!string.Equals(crs.Trim(), RdNew, StringComparison.Ordinal))
        {
            return Fail("Content-Crs", $"Content-Crs '{crs}' is not supported: use {RdNew} (RD New).");
        }

        try
        {
            using var document = JsonDocument.Parse(request.BodyText);
            if (!document.RootElement.TryGetProperty("geometrie", out var geometrie) || !geometrie.TryGetProperty("coordinates", out var coordinates))
            {
                return Fail("geometrie", "The body needs a geometrie with type and coordinates (GeoJSON).");
            }

            if (Numbers(coordinates).FirstOrDefault(n => Decimals(n) > 3) is { ValueKind: JsonValueKind.Number } tooPrecise)
            {
                return Fail("geometrie.coordinates", $"Coordinate {tooPrecise.GetRawText()} has more than 3 decimals.");
            }

            var type = geometrie.TryGetProperty("type", out var t) ? t.GetString() : null;
            return type switch
            {
                "Point" => new GeometryQuery(Factory.CreatePoint(Coordinate(coordinates)), null),
                "Polygon" => new GeometryQuery(Factory.CreatePolygon([.. coordinates[0].EnumerateArray().Select(Coordinate)]), null),
                _ => Fail("geometrie.type", $"Geometry type '{type}' is not supported here: use Point or Polygon."),
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return Fail("geometrie", $"The body is not a readable GeoJSON geometry: {ex.Message}");
        }
    }

    private static Coordinate Coordinate(JsonElement pair) => new(pair[0].GetDouble(), pair[1].GetDouble());

    private static IEnumerable<JsonElement> Numbers(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().SelectMany(Numbers) : [element];

    private static int Decimals(JsonElement number)
    {
        var text = number.GetRawText();
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var end = text.IndexOfAny(['e', 'E']);
        return dot < 0 ? 0 : (end < 0 ? text.Length : end) - dot - 1;
    }

    private static GeometryQuery Fail(string name, string reason) =>
        new(null, SimResponse.Problem(422, "Unprocessable Entity", reason, [new { name, reason }]));
}
