using System.Globalization;
using ChainHarness.Engine.Stop;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step04bBekijkenViewer;

/// <summary>The Presenteren v8 requests step 4b makes (contracts/ozon-presenteren), relative to the Ozon endpoint.</summary>
public static class OzonRequests
{
    /// <summary>The CRS header value Presenteren needs for an RD geometry; the short form <c>EPSG:28992</c> gives an empty result [seen].</summary>
    public const string RdNewCrs = "http://www.opengis.net/def/crs/EPSG/0/28992";

    /// <summary><c>GET regelingen/{uriIdentificatie}</c>: the AKN work with every separator run as <c>_</c>.</summary>
    public static RestRequest Regeling(string workId) => new($"regelingen/{AknIds.UriIdentificatie(workId)}");

    /// <summary><c>POST annotaties/regeltekstannotaties/_zoek</c> at an RD point.</summary>
    public static RestRequest AnnotatiesOpLocatie(double x, double y) =>
        new RestRequest("annotaties/regeltekstannotaties/_zoek", Method.Post)
            .AddHeader("Content-Crs", RdNewCrs)
            .AddJsonBody(new { geometrie = new { type = "Point", coordinates = new[] { x, y } } });

    /// <summary>One page (1-based) of a HAL collection.</summary>
    public static RestRequest Page(string resource, int page, int size) =>
        new RestRequest(resource)
            .AddQueryParameter("page", page.ToString(CultureInfo.InvariantCulture))
            .AddQueryParameter("size", size.ToString(CultureInfo.InvariantCulture));
}
