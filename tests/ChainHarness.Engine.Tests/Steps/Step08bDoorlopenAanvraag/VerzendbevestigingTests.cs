using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;

namespace ChainHarness.Engine.Tests.Steps.Step08bDoorlopenAanvraag;

public sealed class VerzendbevestigingTests
{
    private static readonly DateOnly Today = new(2026, 6, 5);
    private static readonly IngediendDocument Tekening = new("t.txt", "Bouwtekening", false, 1, "aa");

    [Test]
    public void Differences_MatchingConfirmation_None()
    {
        var bevestiging = Parse("2026060500001", "2026-06-05", "Project", "t.txt", "aa");

        Assert.That(bevestiging.Differences("Project", ["nl.imow-gm9999.activiteit.a"], [Tekening], Today), Is.Empty);
    }

    [TestCase("202606050001", "2026-06-05", "not 13 digits")]
    [TestCase("2026060400001", "2026-06-05", "does not start with the date of submission")]
    [TestCase("2026050500001", "2026-05-05", "not today")]
    public void Differences_WrongNumberOrDate_Named(string nummer, string datum, string expected)
    {
        var bevestiging = Parse(nummer, datum, "Project", "t.txt", "aa");

        Assert.That(bevestiging.Differences("Project", [], [Tekening], Today), Has.One.Contains(expected));
    }

    [Test]
    public void Differences_OtherProjectOtherContentMissingActivity_AllNamed()
    {
        var bevestiging = Parse("2026060500001", "2026-06-05", "Ander project", "t.txt", "bb");

        var differences = bevestiging.Differences("Project", ["nl.imow-gm9999.activiteit.b"], [Tekening, Tekening with { Bestandsnaam = "u.txt" }], Today);

        Assert.That(differences, Has.Count.EqualTo(4));
        Assert.That(string.Join("; ", differences), Does.Contain("'Ander project'").And.Contain("activiteit.b is not confirmed").And.Contain("'t.txt' is confirmed with other content").And.Contain("'u.txt' is not confirmed"));
    }

    private static Verzendbevestiging Parse(string nummer, string datum, string project, string document, string sha) => Verzendbevestiging.Parse($$"""
        { "verzoeknummer": "{{nummer}}", "indieningsdatum": "{{datum}}", "projectnaam": "{{project}}",
          "activiteiten": [ { "imowId": "nl.imow-gm9999.activiteit.a" } ],
          "documenten": [ { "bestandsnaam": "{{document}}", "sha256": "{{sha}}" } ] }
        """);
}
