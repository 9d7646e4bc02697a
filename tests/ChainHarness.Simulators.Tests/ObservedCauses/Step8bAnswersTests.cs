using System.Globalization;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Tests.LoketLane;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.Verzoeken;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ChainHarness.Simulators.Tests.ObservedCauses;

/// <summary>
/// Step 8b compares the answers the loket confirms with the scenario's: a verzendbevestiging from
/// outside (a WireMock mapping on the submit, built from the world's concept verzoek) that confirms
/// another answer, none at all, or none but links to the verzoek that holds them.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class Step8bAnswersTests
{
    [Test]
    public async Task ConfirmationWithAnotherAnswer_Fails8bNamingQuestionAndBothAnswers()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await RunAsync((_, vraag) => new Dictionary<string, string> { [vraag.VraagId] = vraag.Antwoord + "-anders" }, linkToVerzoek: false);

        var step = result["8b"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(step.Cause, Does.Contain("The verzendbevestiging does not match what was submitted").And.Contain("-anders', but '").And.Contain("was given"));
        Assert.That(step.Finding, Is.Null);
    }

    [Test]
    public async Task ConfirmationWithoutAnswersNorLink_Fails8bInDutch()
    {
        var result = await RunAsync(null, linkToVerzoek: false);

        var step = result["8b"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(step.Cause, Does.Contain("de verzendbevestiging noemt geen antwoorden, ook het ingediende verzoek niet"));
    }

    [Test]
    public async Task ConfirmationWithoutAnswersButWithTheVerzoekLink_AnswersReadFromTheVerzoek_Passes()
    {
        var result = await RunAsync(null, linkToVerzoek: true);

        Assert.That(result["8b"].Outcome.Status, Is.EqualTo(StepStatus.Passed), ResultText.Describe(result));
    }

    /// <summary>8b alone; the submit answered with a confirmation built from the concept: answers per activity by <paramref name="answers"/> (null: no antwoorden field).</summary>
    private static Task<ChainResult> RunAsync(Func<Projectactiviteit, Specificatie, Dictionary<string, string>>? answers, bool linkToVerzoek)
    {
        StepSelection.TryParse("8b", out var steps, out _);
        var profile = new ProfileOptions { FromActivity = ExistingContent.BruidsschatActivityId };
        return LocalChain.RunAsync(profile, steps, arrange: simulation =>
        {
            TestdorpRtr.Seed(simulation.World);
            Injected.Server(simulation, DsoEndpoint.Indienen)
                .Given(Request.Create().WithPath(new RegexMatcher("/verzoeken/[^/]+$")).UsingPost())
                .AtPriority(1)
                .RespondWith(Response.Create().WithCallback(message =>
                {
                    var id = message.Path.Split('/')[^1];
                    var verzoek = simulation.World.Verzoeken.Find(id)!;
                    var self = message.Url[..message.Url.LastIndexOf('/')] + "/" + id;
                    return SimulatorServer.ToMessage(SimResponse.Json(200, Confirmation(verzoek, simulation.World.Today, answers, linkToVerzoek ? self : null)));
                }));
        });
    }

    private static Dictionary<string, object?> Confirmation(Verzoek v, DateOnly today, Func<Projectactiviteit, Specificatie, Dictionary<string, string>>? answers, string? verzoekUrl) => new()
    {
        ["verzoeknummer"] = today.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "90001",
        ["indieningsdatum"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["projectnaam"] = v.Gegevens.Projectnaam,
        ["activiteiten"] = v.Gegevens.Activiteiten.Select(a => answers is null
            ? (object)new { imowId = a.ImowId }
            : new { imowId = a.ImowId, antwoorden = a.Specificaties.SelectMany(s => answers(a, s)).Select(kv => new { vraagId = kv.Key, antwoord = kv.Value }) }),
        ["documenten"] = v.Bijlagen.Select(b => new { bestandsnaam = b.Bestandsnaam, sha256 = b.Sha256 }),
        ["_links"] = verzoekUrl is null ? new { } : new { verzoek = new { href = verzoekUrl } },
    };
}
