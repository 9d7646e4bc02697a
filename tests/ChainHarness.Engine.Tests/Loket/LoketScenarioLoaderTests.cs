using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Loket;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Loket;

public sealed class LoketScenarioLoaderTests
{
    [Test]
    public void Load_NoPath_TheBuiltInScenarioIsTheFixtureFile()
    {
        var builtIn = LoketScenarioLoader.Load(null);
        var fixture = LoketScenarioLoader.Load(Path.Combine(RepositoryFolders.Fixtures, "loket", "testdorp-dakkapel.json"));

        Assert.That(builtIn.Naam, Is.EqualTo(fixture.Naam));
        Assert.That(builtIn.Check.VerwachteVragen, Is.EqualTo(fixture.Check.VerwachteVragen));
        Assert.That(builtIn.Aanvraag.Documenten.Select(d => d.Bestandsnaam), Is.EqualTo(fixture.Aanvraag.Documenten.Select(d => d.Bestandsnaam)));
        Assert.That(builtIn.Aanvraag.Documenten, Has.Some.Matches<ScenarioDocument>(d => d.Vertrouwelijk), "the scenario carries a confidential attachment (F16)");
    }

    [Test]
    public void Validate_BrokenScenario_ListsEveryProblemWithItsKey()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "naam": "", "check": { "zoekterm": "", "verwachteVragen": ["q1"], "verwachteConclusie": "Misschien" }, "aanvraag": { "initiatiefnemer": {} } }""");
        try
        {
            var errors = LoketScenarioLoader.Validate(path, "P:LoketScenario");

            Assert.That(errors, Has.Count.GreaterThanOrEqualTo(7));
            Assert.That(errors, Has.All.StartWith("P:LoketScenario: scenariobestand"));
            Assert.That(string.Join("\n", errors), Does.Contain("Check:Zoekterm").And.Contain("Check:VerwachteConclusie: 'Misschien'").And.Contain("'q1' heeft geen antwoord")
                .And.Contain("Aanvraag:Projectnaam").And.Contain("Aanvraag:Initiatiefnemer:Correspondentieadres"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Validate_UnknownKeyOrMissingFile_Reported()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "naam": "x", "zoekwoord": "dakkapel" }""");
        try
        {
            Assert.That(LoketScenarioLoader.Validate(path, "K").Single(), Does.Contain("zoekwoord"));
            Assert.That(LoketScenarioLoader.Validate(path + ".absent", "K").Single(), Does.Contain("bestaat niet"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ProfileValidate_ScenarioFileMissing_NamesTheKey()
    {
        var profile = new ProfileOptions { LoketScenario = "/nonexistent/scenario.json" };

        Assert.That(profile.Validate("ChainHarness:Profiles:x"), Has.One.StartsWith("ChainHarness:Profiles:x:LoketScenario:"));
    }
}
