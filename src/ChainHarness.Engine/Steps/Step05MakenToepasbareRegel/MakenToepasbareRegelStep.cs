using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Rtr;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step05MakenToepasbareRegel;

/// <summary>
/// Step 5, Maken toepasbare regel: the activity from step 3 (or the existing one the run started
/// from) is in the RTR; the rules software makes it toepasbaar: STTR files for a Conclusie and
/// Indieningsvereisten that name its OW id, and werkzaamheden linked to it.
/// </summary>
public sealed class MakenToepasbareRegelStep : IChainStep
{
    /// <summary>Step 5 as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("5", "Maken toepasbare regel", "Make the applicable rule", Lane.ToepasbareRegels, ["3"], "regelbeheersoftware")
    {
        Ports = [DriverOptions.RulesSoftware],
        Endpoints = [DsoEndpoint.Rtr],
        Reads = [CaptureNames.PlanActivityId],
        Writes = [CaptureNames.RulesRules, CaptureNames.RulesFunctioneleStructuurRef],
        Expectation = new(
            "Er zijn STTR/IMTR-bestanden (DMN) voor de activiteit, met haar OW-identificatie.",
            "STTR/IMTR (DMN) files exist for the activity, naming its OW id."),
        Place = new(0, 0),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        if ((context.State.Plan.ActivityId ?? context.Profile.FromActivity) is not { } activity)
        {
            return StepOutcome.Failed(Texts.RulesTexts.NoActivity, Werkplaats.F6);
        }

        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        RestResponse? last = null;
        async Task<RestResponse?> Probe(CancellationToken ct)
        {
            var response = await context.SendAsync(DsoEndpoint.Rtr, RtrRequests.Activities(today, context.Profile.Municipality.Code), ct).ConfigureAwait(false);
            last = response; // an ask cut off by the step's deadline never gets here (StepContext.SendAsync)
            return response.IsSuccessful && RtrResponses.ActivityIds(response.Content).Contains(activity) ? response : null;
        }

        // An activity just published reaches the RTR from Ozon in its own time: wait for it. An existing
        // activity is there or it is not: one look is enough.
        var listed = context.Profile.FromActivity is not null
            ? await Probe(cancellationToken).ConfigureAwait(false) is not null
            : (await context.PollAsync(Texts.WaitTexts.RtrActivity(activity), Probe, cancellationToken).ConfigureAwait(false)).Ready;
        if (!listed)
        {
            return NotInRtr(context, activity, today, last);
        }

        var rules = await context.Services.Require<IRulesSoftware>().MakeToepasbaarAsync(activity, cancellationToken).ConfigureAwait(false);
        var problems = SttrFileCheck.Problems(rules, activity);
        if (problems.Count > 0)
        {
            return StepOutcome.Failed(Texts.RulesTexts.NotToepasbaar(activity, Bilingual.Join("; ", problems)), rules.Werkzaamheden.Count == 0 ? Werkplaats.F15 : null);
        }

        context.State.Rules.Rules = rules;
        context.State.Rules.FunctioneleStructuurRef = rules.FunctioneleStructuurRef;
        context.Evidence.Note(Texts.RulesTexts.SttrNote, string.Join(Environment.NewLine, rules.Files.Select(f => Texts.RulesTexts.SttrFile(f.FileName, f.Type.ToString(), f.Xml.Length).ToString())));
        return StepOutcome.Passed(
            Texts.PassedTexts.RulesWritten(activity, string.Join(Texts.PassedTexts.And, rules.Files.Select(f => f.Type)), string.Join(", ", rules.Werkzaamheden.Select(w => $"'{w}'"))));
    }

    private static StepOutcome NotInRtr(StepContext context, string activity, DateOnly today, RestResponse? last)
    {
        var code = OrganisatieCode.WithoutPrefix(context.Profile.Municipality.Code);
        // What was seen decides the cause: a 5xx or a timeout is the DSO's (F11); a 404, 401 or 429 is no outage; no
        // connection at all is this side's network; an answer that is not a readable list says nothing about the activity.
        if (last is null)
        {
            return StepOutcome.Failed(Texts.RulesTexts.RtrNotAsked(activity, Texts.RulesTexts.NoAnswer));
        }

        if (!last.IsSuccessful)
        {
            var seen = last.StatusCode == 0 ? Texts.RulesTexts.NoAnswerBecause(NoAnswer.ReasonInBoth(last)) : Texts.RulesTexts.HttpStatus((int)last.StatusCode);
            return StepOutcome.Failed(Texts.RulesTexts.RtrNotAsked(activity, seen), ResponseText.Finding(last)) with { Owner = ResponseText.Owner(last) };
        }

        if (!RtrResponses.IsJsonObject(last.Content))
        {
            return StepOutcome.Failed(Texts.RulesTexts.RtrNotAsked(activity, Texts.RulesTexts.Unreadable((int)last.StatusCode)));
        }

        var why = context.Profile.FromActivity is not null
            ? Texts.RulesTexts.ExistingActivityGone
            : Texts.RulesTexts.NotReachedRtr;
        return StepOutcome.Failed(
            Texts.RulesTexts.RtrLacksActivity(activity, code, RtrRequests.Date(today), why),
            context.Profile.FromActivity is not null ? Werkplaats.F10 : null);
    }
}
