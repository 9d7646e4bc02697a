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

        Assert.That(bevestiging.Differences("Project", [], [Tekening], Today).Select(d => d.English), Has.One.Contains(expected));
    }

    [Test]
    public void Differences_OtherProjectOtherContentMissingActivity_AllNamed()
    {
        var bevestiging = Parse("2026060500001", "2026-06-05", "Ander project", "t.txt", "bb");

        var differences = bevestiging.Differences("Project", ["nl.imow-gm9999.activiteit.b"], [Tekening, Tekening with { Bestandsnaam = "u.txt" }], Today).Select(d => d.English).ToList();

        Assert.That(differences, Has.Count.EqualTo(4));
        Assert.That(string.Join("; ", differences), Does.Contain("'Ander project'").And.Contain("activiteit.b is not confirmed").And.Contain("'t.txt' is confirmed with other content").And.Contain("'u.txt' is not confirmed"));
    }

    [Test]
    public void Differences_AnswersConfirmedPerActivity_EachMissingOrOtherAnswerNamed()
    {
        var bevestiging = Verzendbevestiging.Parse("""
            { "verzoeknummer": "2026060500001", "indieningsdatum": "2026-06-05", "projectnaam": "Project",
              "activiteiten": [ { "imowId": "a", "antwoorden": [ { "vraagId": "q1", "antwoord": "ja" } ] },
                                { "imowId": "b", "antwoorden": [ { "vraagId": "q1", "antwoord": "nee" }, { "vraagId": "q2", "antwoord": "3" } ] } ],
              "documenten": [] }
            """);

        var differences = bevestiging.Differences("Project", ["a", "b"], [], Today, new Dictionary<string, string> { ["q1"] = "ja", ["q2"] = "3" }).Select(d => d.English);

        Assert.That(differences, Is.EqualTo(new[]
        {
            "the answer to question q2 is not confirmed for activity a",
            "the answer to question q1 is confirmed for activity b as 'nee', but 'ja' was given",
        }));
    }

    [Test]
    public void Differences_NoAntwoordenFieldAnywhere_SaysNoAnswerIsConfirmed()
    {
        var bevestiging = Parse("2026060500001", "2026-06-05", "Project", "t.txt", "aa");

        Assert.That(bevestiging.Antwoorden, Is.Null);
        Assert.That(bevestiging.Differences("Project", [], [Tekening], Today, new Dictionary<string, string> { ["q1"] = "ja" }).Select(d => d.Dutch),
            Is.EqualTo(new[] { "de verzendbevestiging noemt geen antwoorden, ook het ingediende verzoek niet (er zijn er 1 gegeven)" }));
    }

    private static Verzendbevestiging Parse(string nummer, string datum, string project, string document, string sha) => Verzendbevestiging.Parse($$"""
        { "verzoeknummer": "{{nummer}}", "indieningsdatum": "{{datum}}", "projectnaam": "{{project}}",
          "activiteiten": [ { "imowId": "nl.imow-gm9999.activiteit.a" } ],
          "documenten": [ { "bestandsnaam": "{{document}}", "sha256": "{{sha}}" } ] }
        """);
}
