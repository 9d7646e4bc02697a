using ChainHarness.Engine.Chain;
using ChainHarness.Board.Scenarios;
using ChainHarness.Engine.Scenarios;

namespace ChainHarness.Board.Tests.Scenarios;

public sealed class ScenarioTextTests
{
    [Test]
    public void Label_FailingScenario_NameStepAndTheOneLinerInEitherLanguage()
    {
        var label = ScenarioText.Label(Catalogue.Named("F7"));

        Assert.That(label.Dutch, Is.EqualTo("F7 · stap 2 — " + Catalogue.Named("F7").Omschrijving));
        Assert.That(label.English, Does.StartWith("F7 · step 2 — Validation rejects the delivery"));
    }

    [Test]
    public void Label_ScenarioWithoutFailingStep_NameAndOneLiner()
    {
        Assert.That(ScenarioText.Label(Catalogue.Named("F1")).English, Does.StartWith("F1 — Plan chain not ready"));
        Assert.That(ScenarioText.Label(Catalogue.Named(ScenarioCatalog.AllesGoed)).Dutch, Does.StartWith("Alles goed"));
        Assert.That(ScenarioText.Label(Catalogue.Named(ScenarioCatalog.AllesGoed)).English, Does.StartWith("All good"));
    }

    [Test]
    public void Title_OwnScenarioWithoutFinding_ItsDutchTextInBothLanguages()
    {
        var own = new Scenario { Naam = "mijn-test", Omschrijving = "Onze eigen proef." };

        Assert.That(ScenarioText.Title(own), Is.EqualTo(new Bilingual("Onze eigen proef.", "Onze eigen proef.")));
        Assert.That(ScenarioText.Label(own).Dutch, Is.EqualTo("mijn-test — Onze eigen proef."));
    }
}
