using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// The official LVBB transport XSD (<c>lvbb/lvbb-transport.xsd</c> of a KOOP bundle such as
/// <c>stop-lvbb-schemas-1.4.1-ic</c> or <c>stop-tpod-schemas-lvbb-1.2.0</c>), compiled offline: the bundle's
/// OASIS catalog maps the <c>https://standaarden.overheid.nl/…</c> imports to its files. The engine's own
/// reader; the simulators have theirs.
/// </summary>
public sealed class LvbbTransportSchema
{
    private static readonly ConcurrentDictionary<string, Lazy<LvbbTransportSchema>> Cache = new(StringComparer.Ordinal);
    private static readonly XNamespace CatalogNs = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
    private readonly XmlSchemaSet _set;

    private LvbbTransportSchema(string bundle)
    {
        var folder = Path.Combine(bundle, "lvbb");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var catalog = Path.Combine(folder, "lvbb-catalog.xml");
        if (File.Exists(catalog))
        {
            using var reader = XmlReader.Create(catalog, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            foreach (var uri in XDocument.Load(reader).Descendants(CatalogNs + "uri"))
            {
                if (uri.Attribute("name")?.Value is { } name && uri.Attribute("uri")?.Value is { } target)
                {
                    map[name] = Path.GetFullPath(Path.Combine(folder, target));
                }
            }
        }

        _set = new XmlSchemaSet { XmlResolver = new OfflineResolver(map) };
        using (var xsd = XmlReader.Create(Path.Combine(folder, "lvbb-transport.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
        {
            _set.Add(null, xsd);
        }

        _set.Compile();
    }

    /// <summary>The schema of a bundle folder; null when it has no <c>lvbb/lvbb-transport.xsd</c>.</summary>
    public static LvbbTransportSchema? For(string? bundle) =>
        bundle is not null && File.Exists(Path.Combine(bundle, "lvbb", "lvbb-transport.xsd"))
            ? Cache.GetOrAdd(Path.GetFullPath(bundle), b => new Lazy<LvbbTransportSchema>(() => new LvbbTransportSchema(b))).Value
            : null;

    /// <summary>The schema errors, each with its line; empty when valid.</summary>
    public IReadOnlyList<string> Validate(XDocument document)
    {
        var errors = new List<string>();
        document.Validate(_set, (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && errors.Count < 10)
            {
                errors.Add($"line {e.Exception?.LineNumber}: {e.Message}");
            }
        });
        return errors;
    }

    private sealed class OfflineResolver(Dictionary<string, string> map) : XmlResolver
    {
        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            var resolved = base.ResolveUri(baseUri, relativeUri);
            return map.TryGetValue(resolved.AbsoluteUri, out var file) ? new Uri(file) : resolved;
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.IsFile && File.Exists(absoluteUri.LocalPath)
                ? File.OpenRead(absoluteUri.LocalPath)
                : throw new XmlException($"{absoluteUri} is not in the bundle's catalog; schemas are only read offline.");
    }
}
