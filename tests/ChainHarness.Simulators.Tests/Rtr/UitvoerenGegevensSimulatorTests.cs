using ChainHarness.Engine.Loket;
using System.Net;
using System.Text.Json;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Rtr;

public sealed class UitvoerenGegevensSimulatorTests
{
    private const string Bruidsschat = ExistingContent.BruidsschatActivityId;
    private static readonly string Ref = FunctioneleStructuurRef.For(Bruidsschat);
    private SimulatorHost<UitvoerenGegevensSimulator> _host = null!;

    [SetUp]
    public void SetUp() => _host = SimulatorHost<UitvoerenGegevensSimulator>.Start(w => new UitvoerenGegevensSimulator(w));

    [TearDown]
    public void TearDown() => _host.Dispose();

    [Test]
    public async Task GetToepasbareRegels_FutureBegindatum_VisibleOnlyFromThatDate()
    {
        Deliver(new DateOnly(2026, 3, 16));

        var before = await Embedded($"toepasbareRegels?functioneleStructuurRef={Uri.EscapeDataString(Ref)}&datum=15-03-2026");
        var from = await Embedded($"toepasbareRegels?functioneleStructuurRef={Uri.EscapeDataString(Ref)}&datum=16-03-2026");

        Assert.That(before, Is.Empty);
        Assert.That(from.Single().GetProperty("typering").GetString(), Is.EqualTo("Conclusie"));
        Assert.That(from.Single().GetProperty("_links").GetProperty("sttrBestand").GetProperty("href").GetString(), Does.EndWith("/toepasbareRegels/L1-1/sttrBestand"));
    }

    [Test]
    public async Task GetToepasbareRegels_DefaultDate_IsTheWorldsToday()
    {
        Deliver(SimulatorHost<UitvoerenGegevensSimulator>.Today);

        Assert.That(await Embedded($"toepasbareRegels?functioneleStructuurRef={Uri.EscapeDataString(Ref)}"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task GetSttrBestand_DeliveredRuleSet_GivesItsXml()
    {
        Deliver(SimulatorHost<UitvoerenGegevensSimulator>.Today);

        var response = await _host.Http.GetAsync("toepasbareRegels/L1-1/sttrBestand");
        var missing = await _host.Http.GetAsync("toepasbareRegels/L9-9/sttrBestand");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("<definitions/>"));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("toepasbareRegels", "functioneleStructuurRef")]
    [TestCase("toepasbareRegels?functioneleStructuurRef=x&datum=2026-03-02", "datum")]
    public async Task Get_BadQuery_Answers400NamingTheParameter(string path, string parameter)
    {
        var response = await _host.Http.GetAsync(path);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("invalidParams")[0].GetProperty("name").GetString(), Is.EqualTo(parameter));
    }

    private void Deliver(DateOnly begindatum) =>
        _host.World.Rtr.Add(new DeliveredRuleSet("L1-1", Ref, Bruidsschat, RegelbeheerobjectType.Conclusie, "c.dmn", "<definitions/>", begindatum, "L1", DateTimeOffset.UnixEpoch));

    private async Task<List<JsonElement>> Embedded(string path)
    {
        var response = await _host.Http.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("_embedded").GetProperty("toepasbareRegels").EnumerateArray()];
    }
}
