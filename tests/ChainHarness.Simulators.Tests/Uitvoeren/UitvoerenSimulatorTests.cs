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

        var (status, body) = await loket.PostAsync("/zoekinterface/v2/werkzaamheden/_zoek", $$"""{ "zoekterm": "{{zoekterm}}" }""", contentCrs: false);

        var werkzaamheid = body!["_embedded"]!["werkzaamheden"]!.AsArray().Single()!;
        Assert.That(status, Is.EqualTo(200));
        Assert.That(werkzaamheid["naam"]!.GetValue<string>(), Is.EqualTo("Schuur bouwen"));
        Assert.That(werkzaamheid["activiteiten"]![0]!["functioneleStructuurRef"]!.GetValue<string>(), Is.EqualTo(LoketDmn.Ref));
    }

    [Test]
    public async Task Zoek_WerkzaamheidNotLinked_FindsNothing()
    {
        using var loket = new UitvoerenHarness(new TestRegelsBron(gekoppeld: false));

        var (_, body) = await loket.PostAsync("/zoekinterface/v2/werkzaamheden/_zoek", """{ "zoekterm": "schuur" }""");

        Assert.That(body!["_embedded"]!["werkzaamheden"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Zoek_F15_FindsNothing()
    {
        using var loket = new UitvoerenHarness(null, LoketFaults.F15);

        var (_, body) = await loket.PostAsync("/zoekinterface/v2/werkzaamheden/_zoek", """{ "zoekterm": "schuur" }""");

        Assert.That(body!["_embedded"]!["werkzaamheden"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Conclusie_NoAnswers_AnswersTheLocationItselfAndAsksTheNextQuestion()
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie");

        Assert.That(Ids(uitkomst["vragen"]), Is.EqualTo(new[] { "vraag-groot" }));
        Assert.That(uitkomst["conclusie"], Is.Null);
        Assert.That(uitkomst["activiteiten"]![0]!["identificatie"]!.GetValue<string>(), Is.EqualTo(LoketDmn.ActiviteitId));
    }

    [TestCase("true", "Vergunningplicht")]
    [TestCase("false", "Toestemmingsvrij")]
    public async Task Conclusie_Answered_EvaluatesTheDeliveredRules(string groot, string expected)
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie", $$"""{ "id": "vraag-groot", "antwoord": "{{groot}}" }""");

        Assert.That(uitkomst["conclusie"]!["code"]!.GetValue<string>(), Is.EqualTo(expected));
        Assert.That(uitkomst["vragen"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Conclusie_OutsideTheZoneButInTheWerkingsgebied_TheRulesSayNietVanToepassing()
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie", x: 155_500, y: 463_500);

        Assert.That(uitkomst["conclusie"]!["code"]!.GetValue<string>(), Is.EqualTo("NietVanToepassing"));
    }

    [Test]
    public async Task Conclusie_OutsideTheActivitysWerkingsgebied_NoActivity()
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie", x: 150_000, y: 463_000);

        Assert.That(uitkomst["activiteiten"]!.AsArray(), Is.Empty);
        Assert.That(uitkomst["conclusie"]!["code"]!.GetValue<string>(), Is.EqualTo("NietVanToepassing"));
    }

    [Test]
    public async Task Conclusie_BeforeTheRulesAreInForce_NoActivityAndAMelding()
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("conclusie", datum: "2026-05-31");

        Assert.That(uitkomst["activiteiten"]!.AsArray(), Is.Empty);
        Assert.That(uitkomst["melding"]!.GetValue<string>(), Does.Contain("in force on 2026-05-31"));
    }

    [Test]
    public async Task Conclusie_F14_EndsInNeemContactOpMet()
    {
        using var loket = new UitvoerenHarness(null, LoketFaults.F14);

        var uitkomst = await loket.BepaalAsync("conclusie", """{ "id": "vraag-groot", "antwoord": "true" }""");

        Assert.That(uitkomst["conclusie"]!["code"]!.GetValue<string>(), Is.EqualTo("NeemContactOpMet"));
    }

    [TestCase("false", new[] { "Bouwtekening" })]
    [TestCase("true", new[] { "Bouwtekening", "Constructieberekening" })]
    public async Task Indieningsvereisten_Answered_ListEveryRequiredDocument(string groot, string[] expected)
    {
        using var loket = new UitvoerenHarness();

        var uitkomst = await loket.BepaalAsync("indieningsvereisten", $$"""{ "id": "vraag-groot", "antwoord": "{{groot}}" }""");

        Assert.That(uitkomst["vragen"]!.AsArray(), Is.Empty);
        Assert.That(uitkomst["documenten"]!.AsArray().Select(d => d!["bijlageType"]!.GetValue<string>()), Is.EqualTo(expected));
    }

    [Test]
    public async Task Indieningsvereisten_AanvraagOnvolledig_LeavesOutTheLastDocument()
    {
        using var loket = new UitvoerenHarness(null, LoketFaults.AanvraagOnvolledig);

        var uitkomst = await loket.BepaalAsync("indieningsvereisten", """{ "id": "vraag-groot", "antwoord": "true" }""");

        Assert.That(uitkomst["documenten"]!.AsArray().Select(d => d!["bijlageType"]!.GetValue<string>()), Is.EqualTo(new[] { "Bouwtekening" }));
    }

    [Test]
    public async Task Bepaal_WithoutContentCrs_412AndWithFourDecimals_422()
    {
        using var loket = new UitvoerenHarness();
        var body = $$"""{ "functioneleStructuurRefs": [ { "functioneleStructuurRef": "{{LoketDmn.Ref}}" } ], "_geo": { "intersects": { "type": "Point", "coordinates": [155050.1234, 463050] } } }""";

        var (noCrs, _) = await loket.PostAsync("/toepasbareregelsuitvoerenservices/v3/conclusie/_bepaal", body, contentCrs: false);
        var (decimals, problem) = await loket.PostAsync("/toepasbareregelsuitvoerenservices/v3/conclusie/_bepaal", body);

        Assert.That(noCrs, Is.EqualTo(412));
        Assert.That(decimals, Is.EqualTo(422));
        Assert.That(problem!["invalidParams"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("_geo.intersects"));
    }

    private static IEnumerable<string> Ids(JsonNode? vragen) => vragen!.AsArray().Select(v => v!["id"]!.GetValue<string>());
}
