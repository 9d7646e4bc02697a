using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.ObservedCauses;

/// <summary>
/// Step 5 asks RTR gegevens for the activity. What the RTR answered decides the cause: a 503 is an outage (F11), a
/// 404 is not, and a 200 whose body is empty or garbled says nothing about the activity (neither "not listed" nor F10).
/// Each answer is injected on the running RTR simulator from outside the engine.
/// </summary>
public sealed class Step5RtrAnswerTests
{
    private const string Activiteiten = "/publiek/toepasbare-regels/api/rtrgegevens/v2/activiteiten";

    [Test]
    public async Task RtrAnswers503_AnOutage()
    {
        var step5 = await Step5Async(SimResponse.Problem(503, "Service Unavailable", "Onderhoud."));

        Assert.That(step5.Outcome.Cause, Does.Contain("could not be asked").And.Contain("HTTP 503"));
        Assert.That(step5.FindingCode, Is.EqualTo("F11"));
    }

    [Test]
    public async Task RtrAnswers404_NotAnOutage()
    {
        var step5 = await Step5Async(SimResponse.Problem(404, "Not Found", "Onbekend pad."));

        Assert.That(step5.Outcome.Cause, Does.Contain("could not be asked").And.Contain("HTTP 404"));
        Assert.That(step5.FindingCode, Is.Null, "a 404 is no DSO outage");
    }

    [Test]
    public async Task RtrAnswers200WithAGarbledBody_UnreadableNotTheActivityMissing()
    {
        var step5 = await Step5Async(SimResponse.Bytes(200, "{\"_embedded\": ["u8.ToArray(), "application/json"));

        Assert.That(step5.Outcome.Cause, Does.Contain("empty or unreadable body"));
        Assert.That(step5.Outcome.Cause, Does.Not.Contain("does not list"));
        Assert.That(step5.FindingCode, Is.Null);
    }

    [Test]
    public async Task RtrAnswers200WithAGarbledBody_SaidInDutch()
    {
        var step5 = await Step5Async(SimResponse.Empty(200), ReportLanguage.Dutch);

        Assert.That(step5.Outcome.Cause, Does.Contain("leeg of onleesbaar antwoord"));
    }

    private static async Task<StepReport> Step5Async(SimResponse answer, ReportLanguage language = ReportLanguage.English)
    {
        using var spoken = SpokenLanguage.Use(language);
        var result = await Injected.RunAsync(Injected.Profile(), "1-5", sim => Injected.Always(sim, DsoEndpoint.Rtr, Activiteiten, "GET", answer));
        return RunReport.From(result).Steps.Single(s => s.Step.Id.ToString() == "5");
    }
}
