using System.Xml;
using System.Xml.Schema;

namespace ChainHarness.Simulators.Stam;

/// <summary>
/// Our STAM verzoek schema (<c>stam-verzoek.xsd</c>, embedded): the STAM 4 verzoek namespace and the element
/// names public vendor docs show ([seen]), the structure our design (the official STAM 4 XSD is not public),
/// compiled once. Read with DTDs prohibited and no resolver: nothing outside the document is fetched.
/// </summary>
public static class StamSchema
{
    public const string Namespace = "http://www.omgevingswet.nl/koppelvlak/stam-v4/verzoek";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile);

    public static XmlSchemaSet Set => Compiled.Value;

    /// <summary>Settings that validate against the schema while reading, DTDs prohibited.</summary>
    public static XmlReaderSettings ValidatingSettings(ICollection<string> errors)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = Set,
        };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add(
            e.Exception is { LineNumber: > 0 } x ? $"line {x.LineNumber}: {e.Message}" : e.Message);
        return settings;
    }

    private static XmlSchemaSet Compile()
    {
        using var stream = typeof(StamSchema).Assembly.GetManifestResourceStream("ChainHarness.Simulators.Stam.stam-verzoek.xsd")
            ?? throw new InvalidOperationException("The embedded STAM schema is missing from the simulator assembly.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(XmlSchema.Read(reader, null)!);
        set.Compile();
        return set;
    }
}
