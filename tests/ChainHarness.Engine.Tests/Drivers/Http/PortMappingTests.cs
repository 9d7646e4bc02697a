using ChainHarness.Engine.Protocols;
using System.Net;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Drivers.Http;
using Microsoft.Extensions.Time.Testing;
using RestSharp;

namespace ChainHarness.Engine.Tests.Drivers.Http;

/// <summary>What the port mappings of every http driver rely on: list captures, ${national:…} and ${json:…} placeholders.</summary>
public sealed class PortMappingTests
{
    [Test]
    public void Read_WildcardPath_GivesEveryValueAsAList()
    {
        var response = new RestResponse(new RestRequest())
        {
            StatusCode = HttpStatusCode.OK,
            ResponseStatus = ResponseStatus.Completed,
            Content = """{"bijlagen": [{"naam": "a.pdf", "omvang": 12}, {"naam": "b.pdf", "omvang": 7}], "leeg": []}""",
        };
        var values = new DriverValues()
            .Set("namen", ResponseReader.Read(response, "$.bijlagen[*].naam"))
            .Set("omvang", ResponseReader.Read(response, "$.bijlagen[*].omvang"))
            .Set("leeg", ResponseReader.Read(response, "$.leeg[*]"))
            .Set("een", "enkel");

        Assert.That(values.List("namen"), Is.EqualTo(new[] { "a.pdf", "b.pdf" }));
        Assert.That(values.List("omvang"), Is.EqualTo(new[] { "12", "7" }));
        Assert.That(values.List("leeg"), Is.Empty);
        Assert.That(values.List("een"), Is.EqualTo(new[] { "enkel" }));
        Assert.That(values.List("afwezig"), Is.Empty);
    }

    [Test]
    public void Fill_NationalAndJsonPlaceholders_TakeTheWorldsAddressAndEscapeForJson()
    {
        var profile = new ProfileOptions();
        var values = DriverValues.For(profile, new FakeTimeProvider(), new Dictionary<string, Uri> { ["Lvbb"] = new("http://127.0.0.1:9101/lvbb/") })
            .Set("actieverzoek", "Geef \"advies\"\nbinnen de termijn");

        Assert.That(TemplateFill.Fill("${national:Lvbb}/opdrachten", values, "X"), Is.EqualTo("http://127.0.0.1:9101/lvbb/opdrachten"));
        Assert.That(TemplateFill.Fill("{\"tekst\":\"${json:actieverzoek}\"}", values, "X"), Is.EqualTo("{\"tekst\":\"Geef \\u0022advies\\u0022\\nbinnen de termijn\"}"));
        Assert.That(TemplateFill.Fill("${municipality}", values, "X"), Is.EqualTo("gm9999"));
    }

    [Test]
    public void Validate_UnknownNationalEndpoint_NamesItAndTheKnownOnes()
    {
        var options = new HttpDriverOptions
        {
            BaseUrl = "http://127.0.0.1:8080",
            Operations = { ["FindZaak"] = [new HttpCallOptions { Url = "${national:Lbvv}/x" }] },
        };

        Assert.That(options.Validate("D"), Has.Some.Contains("${national:Lbvv} noemt geen landelijk eindpunt").And.Some.Contains("Lvbb, Ozon"));
    }

    [Test]
    public void Validate_NotificationUrlNotHttp_IsABrokenKey()
    {
        var options = new DriverOptions { NotificationUrl = "ftp://127.0.0.1/x" };

        Assert.That(options.Validate("D:VthSystem"), Has.Some.Contains("D:VthSystem:NotificationUrl: is geen absolute http(s)-URL (de gegeven waarde wordt niet getoond)."));
    }
}
