using ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

namespace ChainHarness.Engine.Tests.Steps.Step04aBekijkenOverheidNl;

public sealed class BekendmakingSearchTests
{
    private const string Besluit = "/akn/nl/bill/gm9999/2026/b1";

    [Test]
    public void Find_GzdRecordOfTheBesluit_GivesItsMetadata()
    {
        var found = BekendmakingSearch.Find(Response(Record("gmb-2026-1", Besluit)), Besluit);

        Assert.That(found! with { Record = null }, Is.EqualTo(new FoundBekendmaking("gmb-2026-1", "Wijziging", "2026-03-03")));
        Assert.That(found!.Record!.Creator, Is.EqualTo("Testdorp"));
        Assert.That(found.Record.Publicatienaam, Is.EqualTo("Gemeenteblad"));
        Assert.That(found.Record.Types, Is.EqualTo(new[] { "Gemeenteblad" }));
        Assert.That(found.Record.Date, Is.EqualTo("2026-03-02"));
        Assert.That(found.Record.PreferredUrl, Is.EqualTo("https://zoek.officielebekendmakingen.nl/gmb-2026-1.html"));
    }

    [Test]
    public void Find_RecordWithoutSource_TakenBecauseTheQueryAskedForTheBesluit() =>
        Assert.That(BekendmakingSearch.Find(Response(Record("gmb-2026-7", null)), Besluit)?.Identificatie, Is.EqualTo("gmb-2026-7"));

    [Test]
    public void Read_Diagnostics_NoNumberOfRecordsAndTheMessage()
    {
        const string xml = """
            <searchRetrieveResponse xmlns="http://docs.oasis-open.org/ns/search-ws/sruResponse"><version>2.0</version>
            <diagnostics><diagnostic xmlns="http://docs.oasis-open.org/ns/search-ws/diagnostic"><uri>info:srw/diagnostic/1/10</uri><message>Query syntax error</message></diagnostic></diagnostics>
            </searchRetrieveResponse>
            """;

        var result = BekendmakingSearch.Read(xml)!;

        Assert.That(result.NumberOfRecords, Is.Null);
        Assert.That(result.Diagnostics, Is.EqualTo(new[] { "Query syntax error" }));
    }

    [Test]
    public void Request_SearchRetrieve20WithCqlAndGzd()
    {
        var request = BekendmakingSearch.Request(Besluit);
        var query = request.Parameters.ToDictionary(p => p.Name!, p => p.Value?.ToString());

        Assert.That(query["operation"], Is.EqualTo("searchRetrieve"));
        Assert.That(query["version"], Is.EqualTo("2.0"));
        Assert.That(query["recordSchema"], Is.EqualTo("gzd"));
        Assert.That(query["query"], Does.StartWith("c.product-area==officielepublicaties and cql.textAndIndexes=\"/akn/nl/bill/gm9999/2026/b1\""));
    }

    [TestCase("<searchRetrieveResponse xmlns=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\"><version>2.0</version><numberOfRecords>0</numberOfRecords></searchRetrieveResponse>")]
    [TestCase("not xml")]
    [TestCase("{\"aantal\":1}")]
    public void Find_NoRecordOfTheBesluit_Null(string xml) =>
        Assert.That(BekendmakingSearch.Find(xml, Besluit), Is.Null);

    [Test]
    public void Find_RecordOfAnotherBesluit_Null() =>
        Assert.That(BekendmakingSearch.Find(Response(Record("gmb-2026-2", "/akn/nl/bill/gm9999/2026/other")), Besluit), Is.Null);

    private static string Response(string record) =>
        $"""<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"><sru:version>2.0</sru:version><sru:numberOfRecords>1</sru:numberOfRecords><sru:records>{record}</sru:records></sru:searchRetrieveResponse>""";

    private static string Record(string id, string? source) => $"""
        <sru:record><sru:recordSchema>gzd</sru:recordSchema><sru:recordData>
        <gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/">
        <gzd:originalData><overheidwetgeving:meta>
        <overheidwetgeving:owmskern><dcterms:identifier>{id}</dcterms:identifier><dcterms:title>Wijziging</dcterms:title><dcterms:type scheme="OVERHEIDop.Publicatietype">Gemeenteblad</dcterms:type><dcterms:creator>Testdorp</dcterms:creator></overheidwetgeving:owmskern>
        <overheidwetgeving:owmsmantel><dcterms:available>2026-03-03</dcterms:available><dcterms:date>2026-03-02</dcterms:date>{(source is null ? "" : $"<dcterms:source>{source}</dcterms:source>")}</overheidwetgeving:owmsmantel>
        <overheidwetgeving:tpmeta><overheidwetgeving:publicatienaam>Gemeenteblad</overheidwetgeving:publicatienaam></overheidwetgeving:tpmeta>
        </overheidwetgeving:meta></gzd:originalData>
        <gzd:enrichedData><gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/{id}.html</gzd:preferredUrl></gzd:enrichedData>
        </gzd:gzd></sru:recordData><sru:recordPosition>1</sru:recordPosition></sru:record>
        """;
}
