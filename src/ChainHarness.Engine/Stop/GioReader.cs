using System.Xml.Linq;

namespace ChainHarness.Engine.Stop;

/// <summary>Reads GIO wrappers (<c>AanleveringInformatieObject</c>) and GIO GML files.</summary>
internal static class GioReader
{
    public static bool IsWrapper(XDocument document) =>
        document.Root?.Name == StopNamespaces.Aanlevering + "AanleveringInformatieObject";

    public static bool IsGml(XDocument document) =>
        document.Root?.Name == StopNamespaces.Geo + "GeoInformatieObjectVaststelling";

    public static GioInfo ReadWrapper(string fileName, XDocument document) => new(
        fileName,
        document.Text(StopNamespaces.Data + "FRBRWork"),
        document.Text(StopNamespaces.Data + "FRBRExpression"),
        [.. document.Descendants(StopNamespaces.Data + "bestandsnaam").Select(e => e.Value.Trim())]);

    public static GmlInfo ReadGml(string fileName, XDocument document) => new(
        fileName,
        document.Text(StopNamespaces.Geo + "FRBRWork"),
        document.Text(StopNamespaces.Geo + "FRBRExpression"),
        [.. document.Descendants(StopNamespaces.Basisgeo + "id").Select(e => e.Value.Trim())]);
}
