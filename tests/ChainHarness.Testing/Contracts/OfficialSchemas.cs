using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace ChainHarness.Testing.Contracts;

/// <summary>
/// Compiles an official XSD from a shared/reference bundle offline: the bundle's OASIS catalogs map the
/// <c>https://standaarden.overheid.nl/…</c> imports to its files; nothing is fetched from the network.
/// </summary>
internal static class OfficialSchemas
{
    private static readonly ConcurrentDictionary<string, XmlSchemaSet> Cache = new(StringComparer.Ordinal);

    public static XmlSchemaSet For(string bundle, string file) =>
        Cache.GetOrAdd(Path.Combine(bundle, file), path =>
        {
            var set = new XmlSchemaSet { XmlResolver = new BundleResolver(bundle) };
            using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
            {
                set.Add(null, reader);
            }

            set.Compile();
            return set;
        });

    private sealed class BundleResolver : XmlResolver
    {
        private static readonly XNamespace Catalog = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
        private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);

        public BundleResolver(string bundle)
        {
            foreach (var catalog in Directory.EnumerateFiles(bundle, "*catalog*.xml", SearchOption.AllDirectories))
            {
                using var reader = XmlReader.Create(catalog, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
                foreach (var uri in XDocument.Load(reader).Descendants(Catalog + "uri"))
                {
                    if (uri.Attribute("name")?.Value is { } name && uri.Attribute("uri")?.Value is { } target)
                    {
                        _map[name] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(catalog)!, target));
                    }
                }
            }
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            var resolved = base.ResolveUri(baseUri, relativeUri);
            return _map.TryGetValue(resolved.AbsoluteUri, out var file) ? new Uri(file) : resolved;
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.IsFile && File.Exists(absoluteUri.LocalPath)
                ? File.OpenRead(absoluteUri.LocalPath)
                : throw new XmlException($"{absoluteUri} is not in the bundle's catalogs; schemas are only read offline.");
    }
}
