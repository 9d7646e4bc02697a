using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Rtr;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step07PublicerenToepasbareRegel;

/// <summary>
/// Step 7, Publiceren toepasbare regel: the rules software's delivery goes to Toepasbare regels
/// aanleveren (SOAP), which runs the functional checks (activity known, locations known in Ozon);
/// the step passes only when the RTR lists the regelbeheerobjecten of this delivery for the activity as of
/// today. A version the RTR served before is noted, and must be replaced (iteration 3: a vervangen DMN).
/// </summary>
public sealed class PublicerenToepasbareRegelStep : IChainStep
{
    private const string LocationUnknownCode = "TRA-011";

    /// <summary>Step 7 as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("7", "Publiceren toepasbare regel", "Publish the applicable rule", Lane.ToepasbareRegels, ["6"], "regelbeheersoftware")
    {
        Ports = [DriverOptions.RulesSoftware],
        Endpoints = [DsoEndpoint.Aanleveren, DsoEndpoint.Rtr],
        Reads = [CaptureNames.RulesRules],
        Expectation = new(
            "De RTR accepteert de regels: activiteit en locaties bekend in Ozon, zichtbaar vanaf de begindatum.",
            "The RTR accepts the rules: activity and locations known in Ozon, visible from the begindatum."),
        Place = new(2, 0),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var rules = context.Require(context.State.Rules.Rules);

        var before = await ServedBeforeAsync(context, rules, cancellationToken).ConfigureAwait(false);
        var delivery = await context.Services.Require<IRulesSoftware>().PrepareDeliveryAsync(rules, cancellationToken).ConfigureAwait(false);
        var request = AanleverenSoap.HttpRequest(delivery.IdLevering, delivery.Zip);
        var response = await context.SendAsync(DsoEndpoint.Aanleveren, request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == 0)
        {
            return StepOutcome.Failed(Texts.RulesTexts.AanleverenNoAnswer(delivery.IdLevering, NoAnswer.ReasonInBoth(response)), Werkplaats.F11);
        }

        var answer = AanleverenSoap.ParseResponse(response.Content);
        if (!answer.Accepted)
        {
            var why = answer.Meldingen.Count > 0 ? string.Join(" ", answer.Meldingen.Select(m => $"{m.Beschrijving} [{m.Code}]")) : answer.FaultString;
            return StepOutcome.Failed(
                Texts.RulesTexts.AanleverenRefused(delivery.IdLevering, (int)response.StatusCode, why),
                answer.Meldingen.Any(m => m.Code == LocationUnknownCode) ? Werkplaats.F12 : null);
        }

        return await RtrListsTheRulesAsync(context, rules, delivery, before, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<StepOutcome> RtrListsTheRulesAsync(
        StepContext context, ToepasbareRegelsSet rules, RulesDelivery delivery, IReadOnlyList<string> before, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var expected = rules.Files.Select(f => f.Type.ToString()).Distinct().ToList();
        var seen = new List<string>();
        var older = new List<string>();
        async Task<RestResponse?> Probe(CancellationToken ct)
        {
            var response = await context.SendAsync(DsoEndpoint.UitvoerenGegevens, RtrRequests.ToepasbareRegels(rules.FunctioneleStructuurRef, today), ct).ConfigureAwait(false);
            if (response.IsSuccessful)
            {
                // A listed rule of another delivery is an earlier version this delivery did not (yet) replace.
                var objects = RtrResponses.Regelbeheerobjecten(response.Content);
                seen = [.. objects.Where(o => o.IdLevering is null || o.IdLevering == delivery.IdLevering).Select(o => o.Type)];
                older = [.. objects.Where(o => expected.Contains(o.Type) && !seen.Contains(o.Type)).Select(o => o.IdLevering!).Distinct()];
            }

            return expected.All(seen.Contains) ? response : null;
        }

        // Rules valid only from a later date cannot show today: one look is enough to say so.
        var future = delivery.GeldigBegindatum is { } begin && begin > today;
        var listed = future ? await Probe(cancellationToken).ConfigureAwait(false) is not null
            : (await context.PollAsync(Texts.WaitTexts.RtrRules(rules.ActivityId), Probe, cancellationToken).ConfigureAwait(false)).Ready;
        var date = RtrRequests.Date(today);
        if (listed)
        {
            return StepOutcome.Passed(Texts.PassedTexts.Delivered(delivery.IdLevering, string.Join(Texts.PassedTexts.And, expected), rules.ActivityId, $"{date}", string.Join(", ", before)));
        }

        var missing = string.Join(Texts.RulesTexts.And, expected.Where(t => !seen.Contains(t)));
        var stale = older.Count > 0 ? Texts.RulesTexts.Older(string.Join(", ", older)) : Bilingual.Same("");
        return future
            ? StepOutcome.Failed(
                Texts.RulesTexts.RulesInFuture(delivery.IdLevering, missing, rules.ActivityId, date, RtrRequests.Date(delivery.GeldigBegindatum!.Value), stale),
                Werkplaats.F13)
            : StepOutcome.Failed(
                Texts.RulesTexts.RulesNotListed(delivery.IdLevering, missing, rules.ActivityId, date, Texts.LvbbTexts.Seconds(context.Profile.Timing.StepDeadline), stale));
    }

    /// <summary>The deliveries whose rules the RTR serves for the activity before this delivery: the versions it should replace.</summary>
    private static async Task<IReadOnlyList<string>> ServedBeforeAsync(StepContext context, ToepasbareRegelsSet rules, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var response = await context.SendAsync(DsoEndpoint.UitvoerenGegevens, RtrRequests.ToepasbareRegels(rules.FunctioneleStructuurRef, today), cancellationToken).ConfigureAwait(false);
        return response.IsSuccessful
            ? [.. RtrResponses.Regelbeheerobjecten(response.Content).Select(o => o.IdLevering).OfType<string>().Distinct()]
            : [];
    }
}
