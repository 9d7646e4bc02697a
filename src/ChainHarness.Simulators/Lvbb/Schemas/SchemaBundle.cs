namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// One official STOP/LVBB schema bundle on disk: its XML catalogs, the XSDs a delivery is
/// validated against (by URL, resolved through the catalogs) and its Schematron files. Two are
/// known: <c>stop-tpod-schemas-lvbb-1.2.0</c> (LVBB 1.2.0, STOP 1.3.0, TPOD/IMOW 2.0.0) and
/// <c>stop-lvbb-schemas-1.4.1-ic</c> (LVBB 1.3.0-ic, STOP 1.4.0-ic; it has no OW schemas).
/// </summary>
public sealed record SchemaBundle(
    string Name,
    string Root,
    string LvbbVersion,
    string StopVersion,
    IReadOnlyList<string> Catalogs,
    IReadOnlyList<string> StopSchemas,
    IReadOnlyList<string> OwSchemas,
    IReadOnlyList<string> SchematronFiles)
{
    public const string Lvbb120 = "stop-tpod-schemas-lvbb-1.2.0";
    public const string Lvbb130Ic = "stop-lvbb-schemas-1.4.1-ic";

    /// <summary>The bundle names in the order they are looked for; also where <c>schemas</c> says to fetch them from.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sources = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Lvbb120] = "https://github.com/Provincie-Zuid-Holland/Omgevingsbeleid-DSO/tree/55e4eb3121354e8b80db2bb38b6a5dc81fb91131/tools/validation/data/schema (KOOP: https://gitlab.com/koop/STOP/standaard)",
        [Lvbb130Ic] = "https://github.com/RicharddeGraaf1/schemaTestsRichard/tree/eb6557fa3ab948f35f0db6f796a09a842d1a52d8/1.4.1 (KOOP: https://gitlab.com/koop/lvbb/bronhouderkoppelvlak)",
    };

    /// <summary>The bundle in this folder (recognised by its LVBB transport schema and STOP folder), or null.</summary>
    public static SchemaBundle? TryOpen(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!File.Exists(Path.Combine(root, "lvbb", "lvbb-transport.xsd")))
        {
            return null;
        }

        if (Directory.Exists(Path.Combine(root, "stop", "1.3.0")))
        {
            return new SchemaBundle(
                Lvbb120, root, "1.2.0", "1.3.0",
                ["lvbb/lvbb-catalog.xml", "stop/1.3.0/stop-catalog.xml", "geostandaarden/catalog.xml", "extern/extern-catalog.xml"],
                ["https://standaarden.overheid.nl/lvbb/1.2.0/lvbb-transport.xsd", "https://standaarden.overheid.nl/lvbb/1.2.0/lvbb-stop-aanlevering.xsd", "https://standaarden.overheid.nl/stop/1.3.0/imop-geo.xsd"],
                ["https://register.geostandaarden.nl/xmlschema/tpod/v2.0.0/bestanden-ow/generiek/manifest-ow.xsd", "https://register.geostandaarden.nl/xmlschema/tpod/v2.0.0/bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd"],
                Schematron(root, "stop/1.3.0"));
        }

        if (Directory.Exists(Path.Combine(root, "stop", "1.4.0-ic")))
        {
            return new SchemaBundle(
                Lvbb130Ic, root, "1.3.0-ic", "1.4.0-ic",
                ["lvbb/lvbb-catalog.xml", "stop/1.4.0-ic/stop-catalog.xml", "extern/extern-catalog.xml"],
                ["https://standaarden.overheid.nl/lvbb/1.3.0-ic/lvbb-transport.xsd", "https://standaarden.overheid.nl/lvbb/1.3.0-ic/lvbb-stop-aanlevering.xsd", "https://standaarden.overheid.nl/stop/1.4.0-ic/imop-geo.xsd"],
                [],
                Schematron(root, "stop/1.4.0-ic"));
        }

        return null;
    }

    /// <summary>True when the XSDs of the OW files (manifest-ow, deelbestanden) are in this bundle.</summary>
    public bool HasOwSchemas => OwSchemas.Count > 0;

    private static string[] Schematron(string root, string stop) =>
    [
        .. Directory.EnumerateFiles(Path.Combine(root, "lvbb"), "*.sch").Order(StringComparer.Ordinal),
        .. Directory.EnumerateFiles(Path.Combine(root, stop), "*.sch").Order(StringComparer.Ordinal),
    ];
}
