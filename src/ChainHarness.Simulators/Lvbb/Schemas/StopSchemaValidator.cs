using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// Validates the XML files of a delivery against an official STOP/TPOD/LVBB schema bundle (such as
/// <c>stop-tpod-schemas-lvbb-1.2.0</c>), offline through its catalogs. Two schema sets, because the
/// STOP and TPOD families each bring their own xlink schema: one for LVBB/STOP files (opdracht,
/// manifest, besluit, GIO), one for the OW files. Compiled once per bundle per process.
/// </summary>
public sealed class StopSchemaValidator
{
    private static readonly ConcurrentDictionary<string, Lazy<StopSchemaValidator>> Cache = new(StringComparer.Ordinal);

    private static readonly string[] StopSchemas =
    [
        "https://standaarden.overheid.nl/lvbb/1.2.0/lvbb-transport.xsd",
        "https://standaarden.overheid.nl/lvbb/1.2.0/lvbb-stop-aanlevering.xsd",
        "https://standaarden.overheid.nl/stop/1.3.0/imop-geo.xsd",
    ];

    private static readonly string[] OwSchemas =
    [
        "https://register.geostandaarden.nl/xmlschema/tpod/v2.0.0/bestanden-ow/generiek/manifest-ow.xsd",
        "https://register.geostandaarden.nl/xmlschema/tpod/v2.0.0/bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd",
    ];

    private readonly XmlSchemaSet _stop;
    private readonly XmlSchemaSet _ow;

    private StopSchemaValidator(string bundle)
    {
        var resolver = new CatalogResolver(bundle);
        _stop = Compile(resolver, StopSchemas);
        _ow = Compile(resolver, OwSchemas);
    }

    /// <summary>The validator of a bundle folder; compiled on first use, then shared.</summary>
    public static StopSchemaValidator For(string bundle) =>
        Cache.GetOrAdd(Path.GetFullPath(bundle), b => new Lazy<StopSchemaValidator>(() => new StopSchemaValidator(b))).Value;

    /// <summary>Schema errors of one file, each with its line; empty when valid or not a STOP/TPOD file.</summary>
    public IReadOnlyList<string> Validate(DeliveryFile file)
    {
        var set = SetFor(file);
        if (set is null)
        {
            return [];
        }

        var document = SafeXml.TryLoad(file.Content, out var error);
        if (document is null)
        {
            return [error ?? "not well-formed"];
        }

        // XDocument.Validate without schema info: defaulted attributes (xlink:type) are not added,
        // so a missing xlink prefix in the instance is not mistaken for an error.
        var errors = new List<string>();
        document.Validate(set, (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && errors.Count < 20)
            {
                errors.Add($"line {e.Exception?.LineNumber}: {e.Message}");
            }
        }, addSchemaInfo: false);
        return errors;
    }

    private XmlSchemaSet? SetFor(DeliveryFile file)
    {
        var root = SafeXml.TryLoad(file.Content, out _)?.Root?.Name.Namespace;
        if (root == StopNamespaces.Lvbb || root == StopNamespaces.Aanlevering || root == StopNamespaces.Geo)
        {
            return _stop;
        }

        return root == StopNamespaces.ManifestOw || root == StopNamespaces.OwDeelbestand ? _ow : null;
    }

    private static XmlSchemaSet Compile(CatalogResolver resolver, IEnumerable<string> urls)
    {
        var set = new XmlSchemaSet { XmlResolver = resolver };
        foreach (var url in urls)
        {
            var file = resolver.Map(url) ?? throw new InvalidOperationException($"The schema bundle's catalogs do not map {url}.");
            set.Add(null, file);
        }

        set.Compile();
        return set;
    }
}
