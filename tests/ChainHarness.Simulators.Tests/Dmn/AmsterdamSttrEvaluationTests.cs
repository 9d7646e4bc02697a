using ChainHarness.Simulators.Dmn;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Dmn;

/// <summary>
/// Walks answer paths through Amsterdam's real STTR rule sets (shared/reference/sttr-dmn-examples,
/// DMN 1.1 and 1.2) to the conclusions those files define. Skipped when ../shared is absent.
/// </summary>
public sealed class AmsterdamSttrEvaluationTests
{
    private static readonly Dictionary<string, object?> VergunningvrijAchterdakvlak = new()
    {
        ["Locatie binnen gemeentegrens"] = "ja",
        ["Plat dak"] = true,
        ["Monument"] = false,
        ["Hoogte dakkapel"] = 150,
        ["Afstand nok"] = 60,
        ["Afstand dakvoet"] = 75,
        ["Afstand zijkanten"] = 60,
        ["Woonwagen"] = false,
        ["Tijdelijk bouwwerk"] = false,
        ["Recreatief nachtverblijf"] = false,
        ["Dakvlak"] = "Achterkant",
        ["RBS"] = false,
        ["Gekeerd naar openbaar gebied"] = true,
        ["Welstandscriteria"] = false,
        ["Nieuwbouw"] = false,
    };

    [TestCase("DMN1.1")]
    [TestCase("DMN1.2")]
    public void Dakkapel_OutsideTheMunicipality_IsToestemmingsvrijAfterOneGeoQuestion(string version)
    {
        var (result, asked) = AnswerWalk.Run(Load(version, "ConclusieBouwenDakkapel.dmn"), new Dictionary<string, object?> { ["Locatie binnen gemeentegrens"] = "nee" });

        Assert.That(result.Conclusions, Is.EqualTo(new[] { "Toestemmingsvrij" }));
        Assert.That(asked.Single().Soort, Is.EqualTo(SttrRegelSoort.GeoVerwijzing));
        Assert.That(asked.Single().Tekst, Is.EqualTo("Ligt het pand binnen de gemeentegrens van Veenendaal?"));
    }

    [TestCase("DMN1.1")]
    [TestCase("DMN1.2")]
    public void Dakkapel_NoFlatRoof_IsNietVanToepassing(string version)
    {
        var script = new Dictionary<string, object?> { ["Locatie binnen gemeentegrens"] = "ja", ["Plat dak"] = false, ["Monument"] = false };

        var (result, asked) = AnswerWalk.Run(Load(version, "ConclusieBouwenDakkapel.dmn"), script);

        Assert.That(result.Conclusions, Is.EqualTo(new[] { "NietVanToepassing" }));
        Assert.That(asked.Select(q => q.Tekst), Does.Contain("Is dakkapel voorzien van een plat dak?"));
    }

    [TestCase("DMN1.1")]
    [TestCase("DMN1.2")]
    public void Dakkapel_SmallDormerAtTheBack_IsToestemmingsvrijWithTheFixedValuesNeverAsked(string version)
    {
        var (result, asked) = AnswerWalk.Run(Load(version, "ConclusieBouwenDakkapel.dmn"), VergunningvrijAchterdakvlak);

        Assert.That(result.Conclusions, Is.EqualTo(new[] { "Toestemmingsvrij" }));
        Assert.That(asked.Select(q => q.InputName), Does.Not.Contain("Illegaal gebouw").And.Not.Contain("Beschermde vogel broedt"));
        Assert.That(asked.First(q => q.InputName == "Dakvlak").Opties, Is.EqualTo(new[] { "Voorkant", "Zijkant", "Achterkant" }));
    }

    [TestCase("DMN1.1")]
    [TestCase("DMN1.2")]
    public void Dakkapel_TooHigh_IsVergunningplicht(string version)
    {
        var script = new Dictionary<string, object?>(VergunningvrijAchterdakvlak) { ["Hoogte dakkapel"] = "200" };

        var (result, _) = AnswerWalk.Run(Load(version, "ConclusieBouwenDakkapel.dmn"), script);

        Assert.That(result.Conclusions, Is.EqualTo(new[] { "Vergunningplicht" }));
    }

    [TestCase("DMN1.1")]
    [TestCase("DMN1.2")]
    public void Dakkapel_Monument_IsVerbod(string version)
    {
        var script = new Dictionary<string, object?> { ["Locatie binnen gemeentegrens"] = "ja", ["Plat dak"] = false, ["Monument"] = true };

        var (result, _) = AnswerWalk.Run(Load(version, "ConclusieBouwenDakkapel.dmn"), script);

        Assert.That(result.Conclusions, Is.EquivalentTo(new[] { "NietVanToepassing", "Verbod" }), "COLLECT gives both rules that apply");
    }

    [TestCase("DMN1.1", "Eten en drinken", true)]
    [TestCase("DMN1.2", "Eten en drinken", true)]
    [TestCase("DMN1.2", "Sport", null)]
    public void Evenement_EveryRequirementMet_IsIndienbaarOnlyForTheTypeTheRulesCover(string version, string type, bool? expected)
    {
        var script = new Dictionary<string, object?>
        {
            ["Type evenement"] = type,
            ["Verwacht aantal bezoekers"] = 500,
            ["Organisatie evenement"] = "Stichting Testdorp Proeft",
            ["Plattegrond evenement"] = true,
            ["Start evenement"] = "01-06-2026",
            ["Duur evenement"] = "2 dagen",
            ["Weg"] = false,
            ["Water"] = false,
            ["Aansluitpunt evenement organiseren"] = true,
        };

        var (result, asked) = AnswerWalk.Run(Load(version, "IndieningsvereistenVergunningEvenementOrganiseren.dmn"), script);

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Concluded));
        Assert.That(result.Value, Is.EqualTo(expected));
        Assert.That(asked[0].Tekst, Is.EqualTo("Wat voor type evenement is het?"));
        Assert.That(asked.Any(q => q.Soort == SttrRegelSoort.Bijlage && q.Tekst == "Plattegrond evenement"), Is.EqualTo(expected == true), "the plattegrond is asked only while the type can still lead somewhere");
    }

    [TestCase("DMN1.1")]
    [TestCase("DMN1.2")]
    public void Olie_WasteFromOwnCompany_GivesTheMaatregelenItsRulesCollect(string version)
    {
        var script = new Dictionary<string, object?>
        {
            ["Activiteiten anders dan alleen het opslaan en afvoeren van afval dat binnen uw bedrijf is ontstaan?"] = true,
            ["Waar ontstaan"] = "Binnen bedrijf",
        };

        var (result, _) = AnswerWalk.Run(Load(version, "MaatregelenOpslaanOlieproducten.dmn"), script);

        Assert.That(result.Hits, Has.Count.EqualTo(2));
        Assert.That(result.Hits.Select(h => h.Outputs[1]), Is.EqualTo(new[] { "", "m0086" }));
    }

    [Test]
    public void TreeFelling_ProtectedTreeWithoutPlan_IsVergunningplicht()
    {
        var model = DmnParser.Load(File.OpenRead(Path.Combine(SharedReference.RequireFolder("sttr-dmn-examples/amsterdam-mocks"), "tree-felling.dmn")));
        var script = model.InputData.ToDictionary(i => i.Name, i => (object?)(i.TypeRef!.EndsWith("boolean", StringComparison.Ordinal) ? (object)true : "Kappen"));

        var (result, _) = AnswerWalk.Run(model, script);

        Assert.That(result.Conclusions, Is.EqualTo(new[] { "Vergunningplicht" }));
    }

    private static DmnModel Load(string version, string file)
    {
        using var stream = File.OpenRead(Path.Combine(SharedReference.RequireFolder($"sttr-dmn-examples/sample-sttr/{version}"), file));
        return DmnParser.Load(stream);
    }
}
