using System.Xml.Linq;
using ChainHarness.Engine.Stop;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

/// <summary>
/// The SRU 2.0 search of repository.overheid.nl (officielebekendmakingen): the request for a besluit
/// and a lenient reader of the <c>searchRetrieveResponse</c> (elements by local name; the
/// <c>overheidwetgeving</c> namespace URI is unconfirmed).
/// </summary>
public static class BekendmakingSearch
{
    /// <summary>
    /// <c>operation=searchRetrieve&amp;version=2.0&amp;recordSchema=gzd</c> with the CQL
    /// <c>c.product-area==officielepublicaties and cql.textAndIndexes="&lt;AKN&gt;"</c>, newest first.
    /// The indexes and parameters are [seen]; finding a DSO besluit by its AKN through full text is [guess].
    /// </summary>
    public static RestRequest Request(string besluitWorkId, int maximumRecords = 10) =>
        new RestRequest("")
            .AddQueryParameter("operation", "searchRetrieve")
            .AddQueryParameter("version", "2.0")
            .AddQueryParameter("query", Cql(besluitWorkId))
            .AddQueryParameter("recordSchema", "gzd")
            .AddQueryParameter("startRecord", "1")
            .AddQueryParameter("maximumRecords", maximumRecords.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Cql(string besluitWorkId) =>
        $"c.product-area==officielepublicaties and cql.textAndIndexes=\"{besluitWorkId.Replace("\"", "\\\"", StringComparison.Ordinal)}\" sortBy dt.available/sort.descending";

    /// <summary>The answer read, or null when it is no SRU answer at all.</summary>
    public static SruSearchResult? Read(string? xml)
    {
        if (SafeXml.TryLoad(System.Text.Encoding.UTF8.GetBytes(xml ?? ""), out _)?.Root is not { } root
            || root.Name.LocalName != "searchRetrieveResponse")
        {
            return null;
        }

        var number = int.TryParse(Child(root, "numberOfRecords")?.Value, out var n) ? n : (int?)null;
        var records = Child(root, "records")?.Elements().Where(e => e.Name.LocalName == "record").Select(Record).OfType<SruRecord>().ToList() ?? [];
        var diagnostics = Descendants(root, "diagnostic").Select(d => Child(d, "message")?.Value ?? Child(d, "uri")?.Value ?? "?").ToList();
        return new SruSearchResult(number, records, diagnostics);
    }

    /// <summary>
    /// The publication of the besluit: the record naming it as its <c>dcterms:source</c>, else the first
    /// that names no source (the query already asked for the besluit); a record naming another besluit is not it.
    /// </summary>
    public static FoundBekendmaking? Find(string? xml, string besluitWorkId)
    {
        var records = Read(xml)?.Records ?? [];
        var record = records.FirstOrDefault(r => r.Source == besluitWorkId) ?? records.FirstOrDefault(r => r.Source is null);
        return record is null ? null : new FoundBekendmaking(record.Identifier, record.Title, record.Available ?? record.Date ?? "?") { Record = record };
    }

    private static SruRecord? Record(XElement record)
    {
        var meta = Descendants(record, "recordData").FirstOrDefault();
        if (meta is null || First(meta, "identifier") is not { } identifier)
        {
            return null;
        }

        return new SruRecord(
            identifier,
            First(meta, "title") ?? "",
            [.. Descendants(meta, "type").Select(t => t.Value.Trim())],
            First(meta, "creator"),
            First(meta, "date"),
            First(meta, "available"),
            First(meta, "publicatienaam"),
            First(meta, "source"),
            First(meta, "preferredUrl"));
    }

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Descendants(XElement parent, string localName) => parent.Descendants().Where(e => e.Name.LocalName == localName);

    private static string? First(XElement parent, string localName) => Descendants(parent, localName).FirstOrDefault()?.Value.Trim();
}
