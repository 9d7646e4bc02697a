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
/// manifest, besluit, GIO), one for the OW files (only when the bundle has them). Compiled once per
/// bundle per process.
/// </summary>
public sealed class StopSchemaValidator
{
    private static readonly ConcurrentDictionary<string, Lazy<StopSchemaValidator>> Cache = new(StringComparer.Ordinal);

    private readonly XmlSchemaSet _stop;
    private readonly XmlSchemaSet? _ow;

    private StopSchemaValidator(SchemaBundle bundle)
    {
        Bundle = bundle;
        var resolver = new CatalogResolver(bundle.Root, bundle.Catalogs);
        _stop = Compile(resolver, bundle.StopSchemas);
        _ow = bundle.HasOwSchemas ? Compile(resolver, bundle.OwSchemas) : null;
    }

    public SchemaBundle Bundle { get; }

    /// <summary>The validator of a bundle folder; compiled on first use, then shared.</summary>
    public static StopSchemaValidator For(string bundle) =>
        For(SchemaBundle.TryOpen(bundle) ?? throw new InvalidOperationException($"{bundle} is not a known STOP/LVBB schema bundle."));

    /// <summary>The validator of a bundle; compiled on first use, then shared for the process.</summary>
    public static StopSchemaValidator For(SchemaBundle bundle) =>
        Cache.GetOrAdd(bundle.Root, _ => new Lazy<StopSchemaValidator>(() => new StopSchemaValidator(bundle))).Value;

    /// <summary>True when this file's family (STOP/LVBB, or OW) has XSDs in the bundle.</summary>
    public bool Covers(DeliveryFile file) => SetFor(file) is not null;

    /// <summary>Schema errors of one file (the first 20, each with its line) and how many there are in all; none when valid or not a STOP/TPOD file.</summary>
    public XsdResult Validate(DeliveryFile file)
    {
        var set = SetFor(file);
        if (set is null)
        {
            return XsdResult.Valid;
        }

        var document = SafeXml.TryLoad(file.Content, out var error);
        if (document is null)
        {
            return new XsdResult([error ?? "not well-formed"], 1);
        }

        // XDocument.Validate without schema info: defaulted attributes (xlink:type) are not added,
        // so a missing xlink prefix in the instance is not mistaken for an error.
        var errors = new List<string>();
        var total = 0;
        document.Validate(set, (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && ++total <= 20)
            {
                errors.Add($"line {e.Exception?.LineNumber}: {e.Message}");
            }
        }, addSchemaInfo: false);
        return new XsdResult(errors, total);
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
