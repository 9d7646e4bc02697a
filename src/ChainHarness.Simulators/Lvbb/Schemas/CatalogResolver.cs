using System.Xml;
using System.Xml.Linq;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// Resolves schema URLs (<c>https://standaarden.overheid.nl/…</c>, <c>https://register.geostandaarden.nl/…</c>,
/// <c>http://schemas.opengis.net/…</c>) to the local files of a bundle through its OASIS XML
/// catalogs, and refuses anything else: validation never goes on the network.
/// </summary>
internal sealed class CatalogResolver : XmlResolver
{
    /// <summary>The catalogs of a <c>stop-tpod-schemas-lvbb</c> bundle, relative to its root.</summary>
    public static readonly string[] Catalogs =
        ["lvbb/lvbb-catalog.xml", "stop/1.3.0/stop-catalog.xml", "geostandaarden/catalog.xml", "extern/extern-catalog.xml"];

    private static readonly XNamespace CatalogNs = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly string _root;

    public CatalogResolver(string bundle)
        : this(bundle, Catalogs)
    {
    }

    public CatalogResolver(string bundle, IEnumerable<string> catalogs)
    {
        _root = Path.GetFullPath(bundle);
        foreach (var catalog in catalogs.Select(c => Path.Combine(_root, c)).Where(File.Exists))
        {
            // Catalogs may carry a DOCTYPE; it is skipped, never processed.
            using var reader = XmlReader.Create(catalog, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            foreach (var uri in XDocument.Load(reader).Descendants(CatalogNs + "uri"))
            {
                var name = uri.Attribute("name")?.Value;
                var target = uri.Attribute("uri")?.Value;
                if (name is not null && target is not null)
                {
                    _map[name] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(catalog)!, target));
                }
            }
        }
    }

    public int Count => _map.Count;

    /// <summary>The local file for a URL in the catalogs, or null.</summary>
    public string? Map(string url) => _map.GetValueOrDefault(url);

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
    {
        var resolved = base.ResolveUri(baseUri, relativeUri);
        return Map(resolved.AbsoluteUri) is { } file ? new Uri(file) : resolved;
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (absoluteUri.IsFile && Path.GetFullPath(absoluteUri.LocalPath).StartsWith(_root, StringComparison.Ordinal) && File.Exists(absoluteUri.LocalPath))
        {
            return File.OpenRead(absoluteUri.LocalPath);
        }

        throw new XmlException($"{absoluteUri} is not in the schema bundle's catalogs; schemas are only read offline.");
    }
}
