using System.Xml.Linq;
using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Bekendmakingen;

public sealed class BekendmakingenSimulatorTests
{
    private static readonly XNamespace Sru = "http://docs.oasis-open.org/ns/search-ws/sruResponse";
    private static readonly XNamespace Dcterms = "http://purl.org/dc/terms/";

    [Test]
    public async Task SearchRetrieve_PublishedBesluitByFullText_OneGzdRecordWithItsMetadata()
    {
        var world = TestWorlds.Create();
        var publicatie = SimHttp.PublishTestdorp(world);
        using var site = new BekendmakingenSimulator(world).Start();

        var (status, xml) = await Search(site, $"c.product-area==officielepublicaties and cql.textAndIndexes=\"{publicatie.Besluit}\"");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(xml.Root!.Name, Is.EqualTo(Sru + "searchRetrieveResponse"));
        Assert.That(xml.Root.Element(Sru + "numberOfRecords")!.Value, Is.EqualTo("1"));
        Assert.That(xml.Descendants(Dcterms + "identifier").Single().Value, Is.EqualTo("gmb-2026-1"));
        Assert.That(xml.Descendants(Dcterms + "title").Single().Value, Is.EqualTo("Wijziging van het omgevingsplan Testdorp: regels voor dakkapellen"));
        Assert.That(xml.Descendants(Dcterms + "creator").Single().Value, Is.EqualTo("Testdorp"));
        Assert.That(xml.Descendants(Dcterms + "available").Single().Value, Is.EqualTo("2026-03-03"));
        Assert.That(xml.Descendants().Single(e => e.Name.LocalName == "publicatienaam").Value, Is.EqualTo("Gemeenteblad"));
    }

    [TestCase("dt.identifier==\"gmb-2026-1\"", 1)]
    [TestCase("dt.identifier==\"GMB-2026-1\"", 0)]
    [TestCase("dt.creator=\"testdorp\" and w.publicatienaam==\"Gemeenteblad\"", 1)]
    [TestCase("dt.creator=\"Gemeente Testdorp\"", 0)]
    [TestCase("dt.available>=2026-03-01 and dt.available<=2026-03-31", 1)]
    [TestCase("dt.available>=2026-04-01", 0)]
    public async Task SearchRetrieve_IndexesAsPublicClientsUseThem(string cql, int expected)
    {
        var world = TestWorlds.Create();
        SimHttp.PublishTestdorp(world);
        using var site = new BekendmakingenSimulator(world).Start();

        var (_, xml) = await Search(site, cql);

        Assert.That(xml.Root!.Element(Sru + "numberOfRecords")!.Value, Is.EqualTo(expected.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task SearchRetrieve_F3_WhatTheLvbbPublishedIsNotListed()
    {
        // Given the LVBB published Testdorp's change, and the repository does not list it (F3)
        var world = TestWorlds.Create(PlanFaults.F3);
        var publicatie = SimHttp.PublishTestdorp(world);
        using var site = new BekendmakingenSimulator(world).Start();

        // When someone searches for the besluit
        var (status, xml) = await Search(site, $"cql.textAndIndexes=\"{publicatie.Besluit}\"");

        // Then nothing is found, though the LVBB's record and Ozon have it
        Assert.That(status, Is.EqualTo(200));
        Assert.That(xml.Root!.Element(Sru + "numberOfRecords")!.Value, Is.EqualTo("0"));
        Assert.That(world.Bekendmakingen.All, Has.Count.EqualTo(1));
        Assert.That(world.OzonDocuments.FindRegeling(publicatie.Regeling!)!.Versie, Is.EqualTo(2));
    }

    [TestCase("dt.identifier==\"gmb-2026-1\" or dt.creator=\"x\"", "info:srw/diagnostic/1/10")]
    [TestCase("(((", "info:srw/diagnostic/1/10")]
    public async Task SearchRetrieve_UnreadableCql_200WithDiagnosticsAndNoNumberOfRecords(string cql, string uri)
    {
        using var site = new BekendmakingenSimulator(TestWorlds.Create()).Start();

        var (status, xml) = await Search(site, cql);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(xml.Root!.Element(Sru + "numberOfRecords"), Is.Null);
        Assert.That(xml.Descendants().Single(e => e.Name.LocalName == "uri").Value, Is.EqualTo(uri));
    }

    [Test]
    public async Task SearchRetrieve_UnknownIndex_IgnoredWithSearchIgnoredQText()
    {
        var world = TestWorlds.Create();
        SimHttp.PublishTestdorp(world);
        using var site = new BekendmakingenSimulator(world).Start();

        var (_, xml) = await Search(site, "w.organisatienaam=\"Testdorp\" and dt.identifier==\"gmb-2026-1\"");

        Assert.That(xml.Root!.Element(Sru + "numberOfRecords")!.Value, Is.EqualTo("1"));
        Assert.That(xml.Descendants().Single(e => e.Name.LocalName == "uri").Value, Is.EqualTo("SEARCH-IGNOREDQTEXT"));
    }

    [Test]
    public async Task SearchRetrieve_WithoutQuery_MandatoryParameterDiagnostic()
    {
        using var site = new BekendmakingenSimulator(TestWorlds.Create()).Start();

        var (status, body, _) = await SimHttp.GetTextAsync(new Uri($"{site.BaseUrl}?operation=searchRetrieve&version=2.0"));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(XDocument.Parse(body).Descendants().Single(e => e.Name.LocalName == "uri").Value, Is.EqualTo("info:srw/diagnostic/1/7"));
    }

    private static async Task<(int Status, XDocument Xml)> Search(ChainHarness.Simulators.Hosting.SimulatorServer site, string cql)
    {
        var (status, body, _) = await SimHttp.GetTextAsync(new Uri($"{site.BaseUrl}?operation=searchRetrieve&version=2.0&recordSchema=gzd&query={Uri.EscapeDataString(cql)}"));
        return (status, XDocument.Parse(body));
    }
}
