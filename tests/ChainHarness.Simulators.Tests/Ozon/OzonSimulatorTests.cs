using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Ozon;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Ozon;

public sealed class OzonSimulatorTests
{
    private const string Key = EndpointOptions.SimulatedApiKey;
    private const string Regeling = "_akn_nl_act_gm9999_2024_omgevingsplan";
    private const string Inside = """{"geometrie":{"type":"Point","coordinates":[155050,463050.5]}}""";

    [Test]
    public async Task GetRegelingen_WithoutApiKey_401ProblemJson()
    {
        using var ozon = Start(Published());

        var (status, body, contentType) = await SimHttp.GetAsync(Url(ozon, "regelingen"));

        Assert.That(status, Is.EqualTo(401));
        Assert.That(contentType, Is.EqualTo("application/problem+json"));
        Assert.That((string?)body!["detail"], Does.Contain("x-api-key"));
    }

    [Test]
    public async Task GetRegelingen_KeyConfiguredInTheProfile_OnlyThatKeyIsAccepted()
    {
        var profile = new ProfileOptions { Endpoints = { ["Ozon"] = new EndpointOptions { ApiKey = "geheim-1234" } } };
        using var ozon = Start(TestWorlds.Create(new FakeTimeProvider(TestWorlds.Now), profile));

        var withDefault = await SimHttp.GetAsync(Url(ozon, "regelingen"), Key);
        var withConfigured = await SimHttp.GetAsync(Url(ozon, "regelingen"), "geheim-1234");

        Assert.That(withDefault.Status, Is.EqualTo(401));
        Assert.That(withConfigured.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task GetRegeling_AfterPublication_ShowsTheNewVersionAsHal()
    {
        using var ozon = Start(Published());

        var (status, body, contentType) = await SimHttp.GetAsync(Url(ozon, $"regelingen/{Regeling}"), Key);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(contentType, Is.EqualTo("application/hal+json"));
        Assert.That((string?)body!["expressionId"], Is.EqualTo("/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2"));
        Assert.That((string?)body["aangeleverdDoorEen"]!["naam"], Is.EqualTo("Testdorp"));
        Assert.That((string?)body["_links"]!["self"]!["href"], Does.EndWith($"/regelingen/{Regeling}"));
    }

    [Test]
    public async Task GetRegelingen_PagesOneBased()
    {
        using var ozon = Start(Published());

        var (_, body, _) = await SimHttp.GetAsync(Url(ozon, "regelingen?page=1&size=5"), Key);

        Assert.That(body!["_embedded"]!["regelingen"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That((int?)body["page"]!["totalElements"], Is.EqualTo(1));
    }

    [Test]
    public async Task GetRegeling_Unknown_404()
    {
        using var ozon = Start(Published());

        var (status, _, _) = await SimHttp.GetAsync(Url(ozon, "regelingen/_akn_nl_act_gm0001_2024_x"), Key);

        Assert.That(status, Is.EqualTo(404));
    }

    [Test]
    public async Task ZoekAnnotaties_PointInTheWerkingsgebied_TheRuleWithItsActivityAndLocation()
    {
        using var ozon = Start(Published());

        var (status, body, _) = await SimHttp.SendAsync(SimHttp.PostJson(Url(ozon, "annotaties/regeltekstannotaties/_zoek"), Inside, Key, "http://www.opengis.net/def/crs/EPSG/0/28992"));

        var rule = body!["_embedded"]!["regeltekstannotaties"]!.AsArray().Single()!;
        Assert.That(status, Is.EqualTo(200));
        Assert.That((string?)rule["identificatie"], Is.EqualTo("nl.imow-gm9999.juridischeregel.dakkapel51"));
        Assert.That((string?)rule["activiteiten"]![0]!["naam"], Is.EqualTo("Dakkapel bouwen"));
        Assert.That((string?)rule["werkingsgebieden"]![0]!["identificatie"], Is.EqualTo("nl.imow-gm9999.gebied.dakkapellencentrum"));
    }

    [Test]
    public async Task ZoekAnnotaties_PointOutsideTheWerkingsgebied_Nothing()
    {
        using var ozon = Start(Published());
        const string outside = """{"geometrie":{"type":"Point","coordinates":[155300,463050]}}""";

        var (_, body, _) = await SimHttp.SendAsync(SimHttp.PostJson(Url(ozon, "annotaties/regeltekstannotaties/_zoek"), outside, Key, "http://www.opengis.net/def/crs/EPSG/0/28992"));

        Assert.That(body!["_embedded"]!["regeltekstannotaties"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task ZoekAnnotaties_WithoutContentCrs_422()
    {
        using var ozon = Start(Published());

        var (status, body, _) = await SimHttp.SendAsync(SimHttp.PostJson(Url(ozon, "annotaties/regeltekstannotaties/_zoek"), Inside, Key, null));

        Assert.That(status, Is.EqualTo(422));
        Assert.That((string?)body!["invalidParams"]![0]!["name"], Is.EqualTo("Content-Crs"));
    }

    [Test]
    public async Task ZoekAnnotaties_ShortCrsForm_200AndNothing_AsTheRealOneAnswers()
    {
        using var ozon = Start(Published());

        var (status, body, _) = await SimHttp.SendAsync(SimHttp.PostJson(Url(ozon, "annotaties/regeltekstannotaties/_zoek"), Inside, Key, "EPSG:28992"));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body!["_embedded"]!["regeltekstannotaties"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task ZoekAnnotaties_FourDecimals_422NamingTheCoordinate()
    {
        using var ozon = Start(Published());
        const string precise = """{"geometrie":{"type":"Point","coordinates":[155050.1234,463050]}}""";

        var (status, body, _) = await SimHttp.SendAsync(SimHttp.PostJson(Url(ozon, "annotaties/regeltekstannotaties/_zoek"), precise, Key, "http://www.opengis.net/def/crs/EPSG/0/28992"));

        Assert.That(status, Is.EqualTo(422));
        Assert.That((string?)body!["detail"], Does.Contain("155050.1234 has more than 3 decimals"));
    }

    [Test]
    public async Task GetAnnotatiesVanRegeling_ListsTheRule()
    {
        using var ozon = Start(Published());

        var (_, body, _) = await SimHttp.GetAsync(Url(ozon, $"regelingen/{Regeling}/regeltekstannotaties"), Key);

        Assert.That((string?)body!["_embedded"]!["regeltekstannotaties"]![0]!["regeltekst"]!["wId"], Is.EqualTo("gm9999_1__chp_5__art_5.1"));
    }

    private static SimulatedWorld Published()
    {
        var world = TestWorlds.Create();
        SimHttp.PublishTestdorp(world);
        return world;
    }

    private static OzonSimulator Start(SimulatedWorld world) => (OzonSimulator)new OzonSimulator(world).Start();

    private static Uri Url(OzonSimulator ozon, string path) => new($"{ozon.BaseUrl}/{path}");
}
