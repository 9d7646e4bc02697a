using System.Net;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

/// <summary>
/// Step 4a, Bekijken plan via overheid.nl: the besluit published in step 3 can be found on
/// officielebekendmakingen.nl: the SRU 2.0 search of repository.overheid.nl (<see cref="BekendmakingSearch"/>)
/// returns a record for it, and that record says what step 1 delivered (<see cref="BekendmakingExpectation"/>:
/// organisation, journal, identifier, publicatiedatum, title); a record that differs fails with each field seen.
/// </summary>
public sealed class Step04aBekijkenOverheidNl : IChainStep
{
    /// <summary>Step 4a as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("4a", "Bekijken plan via overheid.nl", "View the plan on overheid.nl", Lane.Omgevingsplan, ["3"], "LVBB")
    {
        Endpoints = [DsoEndpoint.Bekendmakingen],
        Reads = [CaptureNames.PlanBesluitWorkId, CaptureNames.PlanDelivery],
        Expectation = new(
            "Het besluit is op officielebekendmakingen.nl te vinden op zijn identificatie.",
            "The besluit can be found on officielebekendmakingen.nl by its identifier."),
        Place = new(3, 0),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var besluit = context.Require(context.State.Plan.BesluitWorkId);

        var poll = await context.PollEndpointAsync(
            DsoEndpoint.Bekendmakingen,
            Texts.WaitTexts.Bekendmaking(besluit),
            () => BekendmakingSearch.Request(besluit),
            r => r.StatusCode == HttpStatusCode.OK && BekendmakingSearch.Find(r.Content, besluit) is not null,
            cancellationToken).ConfigureAwait(false);
        if (poll.Value is not { } response)
        {
            return StepOutcome.Failed(Texts.BekendmakingTexts.NotFound(besluit, Texts.LvbbTexts.Seconds(poll.Elapsed)), Werkplaats.F3);
        }

        var found = BekendmakingSearch.Find(response.Content, besluit)!;
        var differences = BekendmakingExpectation.From(context.State.Plan.Delivery, besluit, context.Profile.Municipality).Differences(found.Record!);
        if (differences.Count > 0)
        {
            // Found, but not as delivered: another organisation, journal, year or date is another publication, not this one.
            return StepOutcome.Failed(Texts.BekendmakingTexts.Mismatch(besluit, found.Identificatie, Join(differences)));
        }

        return StepOutcome.Passed(Texts.PassedTexts.Bekendmaking(besluit, found.Identificatie, found.Titel, $"{found.DatumBekendmaking}"));
    }

    private static Bilingual Join(IReadOnlyList<Bilingual> parts) =>
        new(string.Join("; ", parts.Select(p => p.Dutch)), string.Join("; ", parts.Select(p => p.English)));
}
