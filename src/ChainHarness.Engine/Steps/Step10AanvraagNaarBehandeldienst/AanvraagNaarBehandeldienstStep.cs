using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using T = ChainHarness.Engine.Texts.BehandeldienstTexts;

namespace ChainHarness.Engine.Steps.Step10AanvraagNaarBehandeldienst;

/// <summary>
/// Step 10, Aanvraag naar behandeldienst. Passes when the part of the verzoek of step 8b whose
/// activities the profile routes to the behandeldienst went to it and not to the bevoegd gezag: the
/// behandeldienst's own system fetched that part and opened a zaak, Verzoek afhandelen addressed
/// none of those activities to the municipality (F18 otherwise), and the applicant was told where
/// the request went (F19 otherwise). Not applicable without <see cref="ProfileOptions.Behandeldienst"/>.
/// </summary>
public sealed class AanvraagNaarBehandeldienstStep : IChainStep, IConditionalStep
{
    /// <summary>Step 10 as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("10", "Aanvraag naar behandeldienst", "Request to the behandeldienst", Lane.Samenwerken, ["8b"], "omgevingsdienst", ClosesChain: false)
    {
        Ports = [DriverOptions.BehandeldienstSystem, DriverOptions.VthSystem],
        Endpoints = [DsoEndpoint.Afhandelen],
        Reads = [CaptureNames.LoketAanvraag],
        Expectation = new(
            "Het systeem van de omgevingsdienst krijgt de notificatie en kan het verzoek ophalen; niet-geadresseerden niet.",
            "The omgevingsdienst's system gets the notification and can fetch the verzoek; parties not addressed cannot."),
        Place = new(0, 0),
    };

    public StepDefinition Definition => Step;

    public string? NotApplicableReason(ProfileOptions profile) => profile.Behandeldienst is null
        ? Texts.RunTexts.NoBehandeldienst
        : null;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var od = context.Profile.Behandeldienst ?? throw new InvalidOperationException("Step 10 ran without a behandeldienst.");
        var aanvraag = context.Require(context.State.Loket.Aanvraag);

        var expected = aanvraag.ActiviteitIds.Where(id => od.Activities.Count == 0 || od.Activities.Contains(id, StringComparer.Ordinal)).ToList();
        var (configured, notRead) = await GeconfigureerdeRouting.ReadAsync(context, od.Oin, cancellationToken).ConfigureAwait(false);
        if (notRead is not null)
        {
            context.Evidence.Note(Texts.RoutingTexts.NotReadNote, notRead);
        }

        // The routing is what pre-productie's Behandeldienstconfiguraties says; the profile's list is what the tester
        // expects, and the fallback (labelled in the outcome) when the API cannot be read. Both are followed.
        var inApi = configured is null ? expected : aanvraag.ActiviteitIds.Where(id => GeconfigureerdeRouting.Covers(configured, id)).ToList();
        var routed = inApi.Union(expected, StringComparer.Ordinal).ToList();
        var source = configured is null ? Texts.RoutingTexts.FromProfile : Texts.RoutingTexts.FromApi(List(inApi));
        if (routed.Count == 0)
        {
            return StepOutcome.Failed(T.NothingRouted(aanvraag.Verzoeknummer, List(aanvraag.ActiviteitIds), od.Name, List(od.Activities)));
        }

        var (ownPart, problem, finding, owner) = await AfhandelenDeel.VanBevoegdGezagAsync(context, aanvraag.Verzoeknummer, cancellationToken).ConfigureAwait(false);
        if (ownPart is null)
        {
            return StepOutcome.Failed(T.OwnPartUnreadable(aanvraag.Verzoeknummer, context.Profile.Municipality.Name, problem!), finding) with { Owner = owner };
        }

        if (routed.FirstOrDefault(ownPart.Contains) is { } stayed)
        {
            return StepOutcome.Failed(
                T.StayedWithMunicipality(stayed, aanvraag.Verzoeknummer, context.Profile.Municipality.Name, od.Name, od.Routing.PreProductie, T.Environments(od.Routing.PreProductie, od.Routing.Productie))
                + (configured is not null && !inApi.Contains(stayed) ? " " + Texts.RoutingTexts.NotInApi(od.Name, od.Oin) : ""),
                Werkplaats.F18);
        }

        var outcome = await FollowToBehandeldienstAsync(context, od, aanvraag, routed, all: ownPart.Count == 0, cancellationToken).ConfigureAwait(false);
        return outcome.Status == StepStatus.Passed ? StepOutcome.Passed($"{outcome.Summary} {source}") : outcome;
    }

    private static async Task<StepOutcome> FollowToBehandeldienstAsync(
        StepContext context, PartyOptions od, IngediendeAanvraag aanvraag, IReadOnlyList<string> routed, bool all, CancellationToken cancellationToken)
    {
        var system = context.Services.Require<IBehandeldienstSystem>();
        var nummer = aanvraag.Verzoeknummer;
        var zaak = await context.PollAsync(Texts.WaitTexts.OdZaak(nummer, od.Name), ct => system.FindZaakAsync(nummer, ct), cancellationToken).ConfigureAwait(false);
        if (zaak.Value is not { } odZaak)
        {
            return StepOutcome.Failed(T.NoOdZaak(od.Name, nummer, Texts.LvbbTexts.Seconds(zaak.Elapsed), List(routed)));
        }

        if (all && await context.Services.Require<IVthSystem>().FindZaakAsync(nummer, cancellationToken).ConfigureAwait(false) is { } own)
        {
            return StepOutcome.Failed(T.OwnZaakToo(nummer, od.Name, own.Identificatie));
        }

        var receipt = await context.PollAsync(
            Texts.WaitTexts.OdLetter(od.Name), ct => system.FindOntvangstbevestigingAsync(odZaak.Identificatie, ct), cancellationToken).ConfigureAwait(false);
        if (receipt.Value is not { } letter || letter.Verzoeknummer != nummer)
        {
            return StepOutcome.Failed(
                T.NotTold(aanvraag.Initiatiefnemer, nummer, od.Name, odZaak.Identificatie, Texts.LvbbTexts.Seconds(receipt.Elapsed)), Werkplaats.F19);
        }

        return StepOutcome.Passed(
            Texts.PassedTexts.Routed(nummer, List(routed), od.Name, odZaak.Identificatie, context.Profile.Municipality.Name));
    }

    private static string List(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : T.None;
}
