using ChainHarness.Engine.Loket;
using System.Net;
using System.Text;
using System.Text.Json;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Rtr;

public sealed class RtrSimulatorTests
{
    private const string Bruidsschat = ExistingContent.BruidsschatActivityId;
    private static readonly string Ref = FunctioneleStructuurRef.For(Bruidsschat);
    private SimulatorHost<RtrSimulator> _host = null!;

    [SetUp]
    public void SetUp() => _host = SimulatorHost<RtrSimulator>.Start(w => new RtrSimulator(w));

    [TearDown]
    public void TearDown() => _host.Dispose();

    [Test]
    public async Task GetActivities_OrganisationCodeWithoutPrefix_ListsTheExistingActivityWithItsRef()
    {
        var body = await Json("activiteiten?datum=02-03-2026&organisatieCode=9999");

        var activity = body.GetProperty("_embedded").GetProperty("activiteiten")[0];
        Assert.That(activity.GetProperty("urn").GetString(), Is.EqualTo(Bruidsschat));
        Assert.That(activity.GetProperty("functioneleStructuurRef").GetString(), Is.EqualTo(Ref));
        Assert.That(body.GetProperty("page").GetProperty("totalElements").GetInt32(), Is.EqualTo(_host.World.Ozon.Activities.Count(a => a.BevoegdGezag == "gm9999")));
    }

    [Test]
    public async Task GetActivities_OrganisationCodeWithGmPrefix_Answers200AndNothing()
    {
        var response = await _host.Http.GetAsync("activiteiten?organisatieCode=gm9999");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Embedded(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, "activiteiten"), Is.Empty);
    }

    [Test]
    public async Task GetActivities_PracticeDataWiped_HidesExistingActivitiesButNotThosePublishedInTheRun()
    {
        _host.World.Ozon.Add(new PublishedActivity("nl.imow-gm9999.activiteit.dakkapelbouwen", "Dakkapel bouwen", "gm9999", [], "/akn/nl/act/gm9999/2026/omgevingsplan"));
        _host.World.Faults.Enable(RulesFaults.PracticeDataWiped);

        var ids = Embedded(await Json("activiteiten"), "activiteiten").Select(a => a.GetProperty("urn").GetString());

        Assert.That(ids, Is.EqualTo(new[] { "nl.imow-gm9999.activiteit.dakkapelbouwen" }));
    }

    [Test]
    public async Task PostZoek_ByIdentificatieOrSearchTerm_FindsTheActivity()
    {
        _host.World.Ozon.Add(new PublishedActivity("nl.imow-gm9999.activiteit.kappen", "Boom kappen", "gm9999", [], null));

        var byId = await PostJson("activiteiten/_zoek", $$"""{"identificaties":["{{Bruidsschat}}"]}""");
        var byTerm = await PostJson("activiteiten/_zoek", """{"zoekterm":"kappen","organisatieCode":"9999"}""");

        Assert.That(Embedded(byId, "activiteiten").Single().GetProperty("urn").GetString(), Is.EqualTo(Bruidsschat));
        Assert.That(Embedded(byTerm, "activiteiten").Single().GetProperty("omschrijving").GetString(), Is.EqualTo("Boom kappen"));
    }

    [Test]
    public async Task GetActivities_FutureRuleSet_ItsRegelBeheerObjectShowsOnlyFromThatDate()
    {
        Deliver(new DateOnly(2026, 3, 16));

        var before = Embedded(await Json("activiteiten?datum=15-03-2026"), "activiteiten").Single(a => a.GetProperty("urn").GetString() == Bruidsschat);
        var from = Embedded(await Json("activiteiten?datum=16-03-2026"), "activiteiten").Single(a => a.GetProperty("urn").GetString() == Bruidsschat);

        Assert.That(before.GetProperty("regelBeheerObjecten").GetArrayLength(), Is.Zero);
        Assert.That(from.GetProperty("regelBeheerObjecten")[0].GetProperty("typering").GetString(), Is.EqualTo("Conclusie"));
        Assert.That(from.GetProperty("regelBeheerObjecten")[0].GetProperty("geldigBegindatum").GetString(), Is.EqualTo("2026-03-16"));
    }

    [Test]
    public async Task GetWerkzaamheden_AsOfADate_ListsThoseValidThenWithTheirActivity()
    {
        _host.World.Rtr.Add(new RtrWerkzaamheid(FunctioneleStructuurRef.ForWerkzaamheid("Dakkapel plaatsen"), "Dakkapel plaatsen", Ref, new DateOnly(2026, 3, 2)));

        var before = Embedded(await Json("werkzaamheden?datum=01-03-2026"), "werkzaamheden");
        var today = Embedded(await Json("werkzaamheden"), "werkzaamheden").Single();

        Assert.That(before, Is.Empty);
        Assert.That(today.GetProperty("functioneleStructuurRef").GetString(), Does.EndWith("/werkzaamheden/id/concept/DakkapelPlaatsen"));
        Assert.That(today.GetProperty("activiteiten")[0].GetProperty("identificatie").GetString(), Is.EqualTo(Bruidsschat));
    }

    [TestCase("activiteiten?datum=2026-03-02", "datum")]
    [TestCase("activiteiten?pageSize=0", "pageSize")]
    [TestCase("activiteiten?pageSize=201", "pageSize")]
    public async Task Get_BadQuery_Answers400NamingTheParameter(string path, string parameter)
    {
        var response = await _host.Http.GetAsync(path);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("invalidParams")[0].GetProperty("name").GetString(), Is.EqualTo(parameter));
    }

    [Test]
    public async Task GetActivities_Paging_GivesTheRequestedPage()
    {
        _host.World.Ozon.Add(new PublishedActivity("nl.imow-gm9999.activiteit.zzz", "Zonnepanelen", "gm9999", [], null));

        var total = _host.World.Ozon.Activities.Count;
        var page = await Json($"activiteiten?page={total}&pageSize=1");

        // the activities are listed by id, so the one added last ("zzz") is alone on the last page
        Assert.That(Embedded(page, "activiteiten").Single().GetProperty("urn").GetString(), Is.EqualTo("nl.imow-gm9999.activiteit.zzz"));
        Assert.That(page.GetProperty("page").GetProperty("totalPages").GetInt32(), Is.EqualTo(total));
    }

    private void Deliver(DateOnly begindatum) =>
        _host.World.Rtr.Add(new DeliveredRuleSet("L1-1", Ref, Bruidsschat, RegelbeheerobjectType.Conclusie, "c.dmn", "<definitions/>", begindatum, "L1", DateTimeOffset.UnixEpoch));

    private async Task<JsonElement> Json(string path)
    {
        var response = await _host.Http.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<JsonElement> PostJson(string path, string body)
    {
        var response = await _host.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<JsonElement> Embedded(JsonElement body, string name) =>
        [.. body.GetProperty("_embedded").GetProperty(name).EnumerateArray()];
}
