using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Stop;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step04bBekijkenViewer;

/// <summary>
/// Step 4b, Bekijken plan in DSO-LV viewer: Ozon (Presenteren v8, which feeds Regels op de kaart)
/// shows the new version of the regeling, a search at the test location returns the new rule
/// with its activity and werkingsgebied, and the regeling shows the whole change (<see cref="ChangeInOzon"/>).
/// An Ozon that answers 5xx or not at all is named as such (F11).
/// </summary>
public sealed class Step04bBekijkenViewer : IChainStep
{
    /// <summary>Step 4b as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("4b", "Bekijken plan in DSO-LV viewer", "View the plan in the DSO-LV viewer", Lane.Omgevingsplan, ["3"], "Ozon")
    {
        Endpoints = [DsoEndpoint.Ozon],
        Reads = [CaptureNames.PlanRegelingWorkId, CaptureNames.PlanRegelingExpressionId, CaptureNames.PlanActivityId, CaptureNames.PlanLocationId, CaptureNames.PlanRuleId, CaptureNames.PlanChange],
        Expectation = new(
            "Op de testlocatie toont Ozon de nieuwe regel met zijn werkingsgebied en de activiteit.",
            "At the test location Ozon returns the new rule with its werkingsgebied and the activity."),
        Place = new(3, 1),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var plan = context.State.Plan;
        var regeling = context.Require(plan.RegelingWorkId);
        context.Require(plan.ActivityId);
        context.Require(plan.LocationId);

        RestResponse? last = null;
        var shown = await context.PollEndpointAsync(
            DsoEndpoint.Ozon,
            Texts.WaitTexts.Ozon(plan.RegelingExpressionId ?? regeling),
            () => OzonRequests.Regeling(regeling),
            r => (last = r).StatusCode == HttpStatusCode.OK && (plan.RegelingExpressionId is null || Expression(r.Content) == plan.RegelingExpressionId),
            cancellationToken).ConfigureAwait(false);
        if (shown.Value is null && last is not null && last.StatusCode != HttpStatusCode.OK)
        {
            // What was seen last decides the cause: offline, a rate limit, an outage or a refusal; never "not the new version".
            return StepOutcome.Failed(
                Texts.OzonTexts.CouldNotAsk(regeling, Seconds(shown.Elapsed), ResponseText.Describe(last), last.StatusCode == HttpStatusCode.TooManyRequests),
                ResponseText.Finding(last)) with { Owner = ResponseText.Owner(last) };
        }

        if (shown.Value is null)
        {
            var seen = last is null ? Texts.OzonTexts.NoAnswerSeen : Expression(last.Content) is { } old ? Texts.OzonTexts.Version(old) : Texts.OzonTexts.NoVersion;
            return StepOutcome.Failed(Texts.OzonTexts.NotShown(regeling, plan.RegelingExpressionId, Seconds(shown.Elapsed), seen));
        }

        var location = context.Profile.TestLocation;
        var search = OzonRequests.AnnotatiesOpLocatie(location.X, location.Y);
        var response = await context.SendAsync(DsoEndpoint.Ozon, search, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return StepOutcome.Failed(Texts.OzonTexts.SearchRefused(ResponseText.Describe(response)), ResponseText.Finding(response)) with { Owner = ResponseText.Owner(response) };
        }

        var point = string.Create(CultureInfo.InvariantCulture, $"({location.X}, {location.Y})");
        var atLocation = ViewerJudgement.Judge(OzonAnnotation.ParseAll(response.Content), plan, point);
        return atLocation.Status != StepStatus.Passed || plan.Change is null
            ? atLocation
            : await ChangeInOzon.JudgeAsync(context, plan, atLocation, cancellationToken).ConfigureAwait(false);
    }

    private static string? Expression(string? json)
    {
        try
        {
            return (string?)JsonNode.Parse(json ?? "")?["expressionId"];
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
