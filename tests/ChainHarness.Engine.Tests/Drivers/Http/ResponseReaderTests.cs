using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Chain;
using System.Net;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Drivers.Http;
using ChainHarness.Engine.Protocols;
using RestSharp;

namespace ChainHarness.Engine.Tests.Drivers.Http;

public sealed class ResponseReaderTests
{
    private static readonly RestResponse Json = new(new RestRequest())
    {
        StatusCode = HttpStatusCode.Accepted,
        Content = """{"opdracht": {"idLevering": "gm9999-1", "meldingen": [{"code": "LVBB1501"}], "klaar": true}}""",
        ResponseStatus = ResponseStatus.Completed,
    };

    [TestCase("$.opdracht.idLevering", "gm9999-1")]
    [TestCase("$.opdracht.meldingen[0].code", "LVBB1501")]
    [TestCase("$.opdracht.klaar", "true")]
    [TestCase("$.opdracht.meldingen[3].code", null)]
    [TestCase("$.nergens", null)]
    [TestCase("status", "202")]
    public void Read_JsonAndStatusSpecs_GiveTheValueOrNull(string spec, string? expected) =>
        Assert.That(ResponseReader.Read(Json, spec), Is.EqualTo(expected));

    [TestCase("xpath:/status/code", "GEPUBLICEERD")]
    [TestCase("xpath:count(/status/*)", "2")]
    [TestCase("xpath:/status/nergens", null)]
    public void Read_XPathSpecs_GiveTheValueOrNull(string spec, string? expected)
    {
        var xml = new RestResponse(new RestRequest()) { Content = "<status><code>GEPUBLICEERD</code><tekst>Gepubliceerd</tekst></status>" };

        Assert.That(ResponseReader.Read(xml, spec), Is.EqualTo(expected));
    }

    [Test]
    public void Fill_KnownAndEnvironmentPlaceholders_AreFilled()
    {
        Environment.SetEnvironmentVariable("CHAINHARNESS_TEST_PLACEHOLDER", "geheim");
        var values = new DriverValues().Set("municipality", "gm9999");

        var text = TemplateFill.Fill("""{"gemeente": "${municipality}", "sleutel": "${env:CHAINHARNESS_TEST_PLACEHOLDER}"}""", values, "PlanSoftware");

        Assert.That(text, Is.EqualTo("""{"gemeente": "gm9999", "sleutel": "geheim"}"""));
    }

    [Test]
    public void Fill_UnknownPlaceholder_IsABrokenMappingNamingItAndTheKnownOnes()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var values = new DriverValues().Set("municipality", "gm9999");

        var ex = Assert.Throws<DriverException>(() => TemplateFill.Fill("wijzigingen/${wijzigingsId}", values, "PlanSoftware"))!;

        Assert.That(ex.Message, Does.Contain("${wijzigingsId}").And.Contain("Known: municipality"));
    }
}
