using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;
using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// The DMN and STTR (IMTR) XSDs of a configured folder, such as the third-party reconstruction in
/// <c>imtr-schemas-unofficial/imtr-3.0</c> (DMN 1.1 and 1.2 with the IMTR v2.0 extension schemas;
/// not an official Geonovum/DSO artefact). Extension elements are validated laxly, as DMN says.
/// A DMN 1.3 file is validated against a DMN 1.3 XSD when the folder has one; otherwise against the
/// DMN 1.2 XSD with the 1.3 namespace mapped onto it (the elements STTR files use are the same in
/// both), and a melding says so. Compiled once per folder.
/// </summary>
public sealed class DmnSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<DmnSchemas>> Cache = new(StringComparer.Ordinal);
    private readonly XmlSchemaSet _set;

    private DmnSchemas(XmlSchemaSet set) => _set = set;

    public static DmnSchemas Load(string folder) =>
        Cache.GetOrAdd(Path.GetFullPath(folder), f => new Lazy<DmnSchemas>(() => Compile(f))).Value;

    public bool Covers(string ns) => _set.Contains(ns);

    public IEnumerable<VerificatieMelding> Validate(string xml, DmnVersion version)
    {
        var ns = DmnNamespaces.Of(version);
        var meldingen = new List<VerificatieMelding>();
        if (version == DmnVersion.Dmn13 && !Covers(ns) && Covers(DmnNamespaces.Dmn12))
        {
            meldingen.Add(VerificatieMelding.Informatie("TRV-009", "De schemamap heeft geen DMN 1.3-XSD; het bestand is gevalideerd tegen de DMN 1.2-XSD met de namespace omgezet (de gebruikte elementen zijn in beide gelijk)."));
            xml = xml.Replace(DmnNamespaces.Dmn13, DmnNamespaces.Dmn12, StringComparison.Ordinal);
            ns = DmnNamespaces.Dmn12;
        }

        if (!Covers(ns))
        {
            meldingen.Add(VerificatieMelding.Informatie("TRV-009", $"De schemamap heeft geen XSD voor namespace {ns}; het bestand is niet tegen een schema gevalideerd."));
            return meldingen;
        }

        var settings = DmnParser.SafeSettings;
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = _set;
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && meldingen.Count(m => m.Code == "TRV-002") < 10)
            {
                meldingen.Add(VerificatieMelding.Fout("TRV-002", $"Regel {e.Exception.LineNumber}: {e.Message}"));
            }
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return meldingen;
    }

    private static DmnSchemas Compile(string folder)
    {
        // Add only the schemas no other schema imports; the imported ones come in through the resolver,
        // once (adding them twice declares their types twice).
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        var schemas = Directory.EnumerateFiles(folder, "*.xsd").Order(StringComparer.Ordinal).Select(file =>
        {
            using var reader = XmlReader.Create(file, settings);
            var schema = XmlSchema.Read(reader, null)!;
            schema.SourceUri = new Uri(Path.GetFullPath(file)).ToString();
            return (File: Path.GetFileName(file), Schema: schema);
        }).ToList();
        var imported = schemas.SelectMany(s => s.Schema.Includes.OfType<XmlSchemaExternal>())
            .Select(i => Path.GetFileName(i.SchemaLocation ?? "")).ToHashSet(StringComparer.Ordinal);
        var set = new XmlSchemaSet { XmlResolver = new FolderSchemaResolver(folder) };
        foreach (var (file, schema) in schemas.Where(s => !imported.Contains(s.File)))
        {
            if (schema.TargetNamespace is { } target && (DmnNamespaces.VersionOf(target) is not null || target.StartsWith(DmnNamespaces.SttrBase, StringComparison.Ordinal)))
            {
                set.Add(schema);
            }
        }

        set.Compile();
        return new DmnSchemas(set);
    }
}
