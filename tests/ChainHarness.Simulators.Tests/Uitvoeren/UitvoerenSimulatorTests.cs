using System.Text.Json.Nodes;
using ChainHarness.Simulators.Faults;

namespace ChainHarness.Simulators.Tests.Uitvoeren;

public sealed class UitvoerenSimulatorTests
{
    [TestCase("schuur")]
    [TestCase("TUINHUIS")]
    public async Task Zoek_EverydayWordOfALinkedWerkzaamheid_FindsItWithItsActivity(string zoekterm)
    {
        using var loket = new UitvoerenHarness();

        var (status, body) = await loket.ZoekAsync($$"""{ "zoekterm": "{{zoekterm}}" }""");

        var werkzaamheid = body!["_embedded"]!["werkzaamheden"]!.AsArray().Single()!;
        Assert.That(status, Is.EqualTo(200));
        Assert.That(werkzaamheid["omschrijving"]!.GetValue<string>(), Is.EqualTo("Schuur bouwen"));
        Assert.That(werkzaamheid["activiteiten"]![0]!["functioneleStructuurRef"]!.GetValue<string>(), Is.EqualTo(LoketDmn.Ref));
    }

    [Test]
    public async Task Zoek_WerkzaamheidNotLinked_FindsNothing()
    {
        using var loket = new UitvoerenHarness(new TestRegelsBron(gekoppeld: false));

        var (_, body) = await loket.ZoekAsync("""{ "zoekterm": "schuur" }""");

        Assert.That(body!["_embedded"]!["werkzaamheden"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Zoek_F15_FindsNothing()
    {
        using var loket = new UitvoerenHarness(null, LoketFaults.F15);

        var (_, body) = await loket.ZoekAsync("""{ "zoekterm": "schuur" }""");

        Assert.That(body!["_embedded"]!["werkzaamheden"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Conclusie_NoAnswers_AnswersTheLocationItselfAndAsksTheNextQuestion()
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie");

        Assert.That(UitvoerenHarness.VraagIds(uitkomst), Is.EqualTo(new[] { "vraag-groot" }));
        Assert.That(UitvoerenHarness.Conclusie(uitkomst), Is.Null);
        Assert.That((string?)UitvoerenHarness.Activiteiten(uitkomst)[0]["subactiviteitNaam"], Is.EqualTo("Schuur bouwen"));
        Assert.That((string?)UitvoerenHarness.Activiteiten(uitkomst)[0]["functioneleStructuurRef"], Does.EndWith(LoketDmn.ActiviteitId));
    }

    [TestCase("true", "Vergunningplicht")]
    [TestCase("false", "Toestemmingsvrij")]
    public async Task Conclusie_Answered_EvaluatesTheDeliveredRules(string groot, string expected)
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie", $$"""{ "id": "vraag-groot", "antwoord": "{{groot}}" }""");

        Assert.That(UitvoerenHarness.Conclusie(uitkomst), Is.EqualTo(expected));
        Assert.That(UitvoerenHarness.VraagIds(uitkomst), Is.Empty);
    }

    [Test]
    public async Task Conclusie_OutsideTheZoneButInTheWerkingsgebied_TheRulesSayNietVanToepassing()
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie", x: 155_500, y: 463_500);

        Assert.That(UitvoerenHarness.Conclusie(uitkomst), Is.EqualTo("NietVanToepassing"));
    }

    [Test]
    public async Task Conclusie_OutsideTheActivitysWerkingsgebied_NoActivity()
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie", x: 150_000, y: 463_000);

        Assert.That(UitvoerenHarness.Activiteiten(uitkomst).Select(a => a["functioneleStructuurRef"]), Has.All.Null);
        Assert.That(UitvoerenHarness.Conclusie(uitkomst), Is.EqualTo("NietVanToepassing"));
    }

    [Test]
    public async Task Conclusie_BeforeTheRulesAreInForce_NoActivityAndAMelding()
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie", datum: "2026-05-31");

        Assert.That(UitvoerenHarness.Activiteiten(uitkomst), Is.Empty);
        Assert.That(uitkomst["melding"]!.GetValue<string>(), Does.Contain("gelden op 2026-05-31 geen regels"));
    }

    [Test]
    public async Task Conclusie_F14_EndsInNeemContactOpMet()
    {
        using var loket = new UitvoerenHarness(null, LoketFaults.F14);

        var uitkomst = await loket.BepaalAsync("conclusie", """{ "id": "vraag-groot", "antwoord": "true" }""");

        Assert.That(UitvoerenHarness.Conclusie(uitkomst), Is.EqualTo("NeemContactOpMet"));
    }

    [TestCase("false", new[] { "Bouwtekening" })]
    [TestCase("true", new[] { "Bouwtekening", "Constructieberekening" })]
    public async Task Indieningsvereisten_Answered_ListEveryRequiredDocument(string groot, string[] expected)
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("indieningsvereisten", $$"""{ "id": "vraag-groot", "antwoord": "{{groot}}" }""");

        Assert.That(UitvoerenHarness.VraagIds(uitkomst), Is.Empty);
        Assert.That(UitvoerenHarness.Bijlagen(uitkomst), Is.EqualTo(expected));
        Assert.That((bool?)uitkomst["compleet"], Is.True);
    }

    [Test]
    public async Task Indieningsvereisten_AanvraagOnvolledig_LeavesOutTheLastDocument()
    {
        using var loket = new UitvoerenHarness(null, LoketFaults.AanvraagOnvolledig);

        var uitkomst = await loket.BepaalAsync("indieningsvereisten", """{ "id": "vraag-groot", "antwoord": "true" }""");

        Assert.That(UitvoerenHarness.Bijlagen(uitkomst), Is.EqualTo(new[] { "Bouwtekening" }));
    }

    [Test]
    public async Task Bepaal_OtherCrs_412AndWithFourDecimals_422()
    {
        using var loket = new UitvoerenHarness();
        var body = $$"""{ "functioneleStructuurRefs": [ { "functioneleStructuurRef": "{{LoketDmn.Ref}}" } ], "_geo": { "intersects": { "type": "Point", "coordinates": [155050.1234, 463050] } } }""";

        var (otherCrs, _) = await loket.PostAsync(loket.Simulator, "/conclusie/_bepaal", body, "EPSG:4326");
        var (decimals, problem) = await loket.PostAsync("/conclusie/_bepaal", body);

        Assert.That(otherCrs, Is.EqualTo(412));
        Assert.That(decimals, Is.EqualTo(422));
        Assert.That(problem!["invalidParams"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("_geo.intersects"));
    }

    [Test]
    public async Task Bepaal_WithoutContentCrs_RdIsAssumed_AsAPublicClientSees()
    {
        using var loket = new UitvoerenHarness();
        var body = $$"""{ "functioneleStructuurRefs": [ { "functioneleStructuurRef": "{{LoketDmn.Ref}}" } ], "_geo": { "intersects": { "type": "Point", "coordinates": [155050, 463050] } } }""";

        var (status, answer) = await loket.PostAsync("/conclusie/_bepaal", body, contentCrs: false);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(answer, Is.InstanceOf<JsonArray>());
    }
}
