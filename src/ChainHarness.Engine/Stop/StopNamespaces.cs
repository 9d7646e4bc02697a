using System.Xml.Linq;

namespace ChainHarness.Engine.Stop;

/// <summary>The XML namespaces of a STOP/TPOD delivery (LVBB 1.2, STOP 1.3, IMOW 2.0).</summary>
public static class StopNamespaces
{
    /// <summary>LVBB transport: opdracht.xml and manifest.xml.</summary>
    public static readonly XNamespace Lvbb = "http://www.overheid.nl/2017/lvbb";

    /// <summary>LVBB aanlevering: AanleveringBesluit, AanleveringKennisgeving, AanleveringInformatieObject.</summary>
    public static readonly XNamespace Aanlevering = "https://standaarden.overheid.nl/lvbb/stop/aanlevering/";

    public static readonly XNamespace Data = "https://standaarden.overheid.nl/stop/imop/data/";

    public static readonly XNamespace Tekst = "https://standaarden.overheid.nl/stop/imop/tekst/";

    public static readonly XNamespace Geo = "https://standaarden.overheid.nl/stop/imop/geo/";

    public static readonly XNamespace Basisgeo = "http://www.geostandaarden.nl/basisgeometrie/1.0";

    public static readonly XNamespace Gml = "http://www.opengis.net/gml/3.2";

    public static readonly XNamespace ManifestOw = "http://www.geostandaarden.nl/bestanden-ow/manifest-ow";

    /// <summary>IMOW deelbestand: the root <c>owBestand</c> and its <c>owObject</c> wrappers.</summary>
    public static readonly XNamespace OwDeelbestand = "http://www.geostandaarden.nl/imow/bestanden/deelbestand";

    public static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";
}
