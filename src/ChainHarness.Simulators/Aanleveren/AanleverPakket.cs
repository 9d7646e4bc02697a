using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace ChainHarness.Simulators.Aanleveren;

/// <summary>
/// The ZIP Toepasbare regels aanleveren takes ([seen], a public STORM→IMTR converter):
/// <c>opdrachtAanleverenToepasbareRegels.xml</c> (namespace <see cref="OpdrachtNamespace"/>,
/// <c>opdrachten/opdracht/toevoegenToepasbareRegels{geldigBegindatum?, bestandsnaam}</c>), <c>manifest.xml</c>
/// (namespace <see cref="ManifestNamespace"/>, <c>manifest/bestanden/bestand{naam, type, contenttype}</c>)
/// and the <c>.dmn</c> files. <c>idLevering</c>, <c>idBevoegdGezag</c>, a file's <c>type</c> and
/// <c>toevoegenWerkzaamheid</c> are our additions ([guess]).
/// </summary>
public static class AanleverPakket
{
    public const string OpdrachtFile = "opdrachtAanleverenToepasbareRegels.xml";
    public const string ManifestFile = "manifest.xml";
    public const string OpdrachtNamespace = "http://toepasbare-regels.omgevingswet.overheid.nl/v1/opdracht.xsd";
    public const string ManifestNamespace = "http://toepasbare-regels.omgevingswet.overheid.nl/v1/manifest.xsd";
    public const string DmnContentType = "application/xml";

    /// <summary>Inflate limits of a delivery (rules and a manifest: small XML files): 16 MB per file, 64 MB in all, 1,000 entries.</summary>
    public const long MaxEntryBytes = 16L * 1024 * 1024;

    public const long MaxTotalBytes = 64L * 1024 * 1024;

    public const int MaxEntries = 1_000;

    public static byte[] Write(AanleverOpdracht opdracht, IReadOnlyDictionary<string, string> dmnFiles)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, OpdrachtFile, AanleverXml.Opdracht(opdracht).ToString());
            Add(zip, ManifestFile, AanleverXml.Manifest(dmnFiles.Keys).ToString());
            foreach (var (name, xml) in dmnFiles)
            {
                Add(zip, name, xml);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reads and cross-checks a delivery; throws <see cref="AanleverException"/> for what is wrong.</summary>
    public static AanleverInhoud Read(byte[] zipBytes)
    {
        Dictionary<string, string> entries;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
            var inflate = new Engine.Stop.BoundedInflate(MaxEntryBytes, MaxTotalBytes, MaxEntries);
            inflate.CheckCount(zip);
            entries = zip.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/'))
                .ToDictionary(e => e.FullName, e => Encoding.UTF8.GetString(inflate.Read(e)), StringComparer.Ordinal);
        }
        catch (InvalidDataException ex)
        {
            throw AanleverException.Zip(ex.Message);
        }

        var opdracht = AanleverXml.ReadOpdracht(Required(entries, OpdrachtFile));
        var listed = AanleverXml.ReadManifest(Required(entries, ManifestFile));
        var unlisted = entries.Keys.Where(k => k != ManifestFile && !listed.Contains(k)).ToList();
        var absent = listed.Where(l => !entries.ContainsKey(l)).ToList();
        if (unlisted.Count > 0 || absent.Count > 0)
        {
            throw AanleverException.Manifest(string.Join("; ", unlisted.Select(u => $"{u} zit in de ZIP maar niet in het manifest")
                .Concat(absent.Select(a => $"{a} staat in het manifest maar zit niet in de ZIP"))));
        }

        var missing = opdracht.Bestanden.Where(b => !entries.ContainsKey(b.Bestandsnaam)).Select(b => b.Bestandsnaam).ToList();
        if (missing.Count > 0)
        {
            throw AanleverException.Opdracht($"it names {string.Join(", ", missing)}, which the ZIP does not hold");
        }

        return new AanleverInhoud(opdracht, opdracht.Bestanden.ToDictionary(b => b.Bestandsnaam, b => entries[b.Bestandsnaam], StringComparer.Ordinal));
    }

    private static string Required(Dictionary<string, string> entries, string name) =>
        entries.TryGetValue(name, out var text) ? text : throw AanleverException.Zip($"{name} ontbreekt");

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
