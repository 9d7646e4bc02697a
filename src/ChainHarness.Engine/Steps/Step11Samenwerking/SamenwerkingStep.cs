using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step11Samenwerking;

/// <summary>
/// Step 11, Samenwerking aan aanvraag. Passes when the case handler started a samenwerking for the
/// verzoek of step 8b, the partner opened the dossier and saw exactly the documents its privilege
/// entitles it to (SV only with VT), completed the actieverzoek, and the notification of that came
/// back to the case system. Not applicable without <see cref="ProfileOptions.Collaboration"/>.
/// </summary>
public sealed class SamenwerkingStep : IChainStep, IConditionalStep
{
    /// <summary>Step 11 as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("11", "Samenwerking aan aanvraag", "Collaboration on the request", Lane.Samenwerken, ["9a"], "Samenwerkfunctionaliteit", ClosesChain: false)
    {
        Ports = [DriverOptions.CaseHandler, DriverOptions.CollaborationPartner],
        Endpoints = [DsoEndpoint.Samenwerken],
        Reads = [CaptureNames.LoketAanvraag],
        Expectation = new(
            "De partner ziet het dossier en rondt het actieverzoek af; de notificatie komt terug.",
            "The partner sees the dossier and completes the actieverzoek; the notification comes back."),
        Place = new(1, 0),
    };

    public StepDefinition Definition => Step;

    public string? NotApplicableReason(ProfileOptions profile) => profile.Collaboration is null
        ? Texts.RunTexts.NoPartner
        : null;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var partner = context.Profile.Collaboration ?? throw new InvalidOperationException("Step 11 ran without a collaboration partner.");
        var verzoeknummer = context.Require(context.State.Loket.Aanvraag).Verzoeknummer;

        var started = await context.Services.Require<ICaseHandler>()
            .StartCollaborationAsync(CollaborationScenario.For(verzoeknummer, partner), cancellationToken).ConfigureAwait(false);
        if (started is not { SamenwerkingId: { } samenwerkingId, ActieverzoekId: { } actieverzoekId })
        {
            return StepOutcome.Failed(Texts.SamenwerkingTexts.NotStarted(verzoeknummer, started.Problem));
        }

        var dossier = new SamenwerkingDossier(new SwfReader(context), samenwerkingId, partner);
        if (await dossier.ReadAsync(verzoeknummer, cancellationToken).ConfigureAwait(false) is { } wrong)
        {
            return StepOutcome.Failed(wrong);
        }

        var view = await context.PollAsync(
            Texts.WaitTexts.PartnerOpens(partner.Name, samenwerkingId),
            ct => context.Services.Require<ICollaborationPartner>().TakePartAsync(verzoeknummer, ct),
            cancellationToken).ConfigureAwait(false);
        if (view.Value is not { } seen)
        {
            return StepOutcome.Failed(
                Texts.SamenwerkingTexts.NotOpened(Texts.SamenwerkingTexts.Partner(partner.Name, partner.Oin), samenwerkingId, Texts.LvbbTexts.Seconds(view.Elapsed), verzoeknummer));
        }

        if (dossier.CheckPartnerView(seen) is { } visibility)
        {
            return visibility;
        }

        return await AwaitCompletionAsync(context, dossier, actieverzoekId, seen, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<StepOutcome> AwaitCompletionAsync(
        StepContext context, SamenwerkingDossier dossier, string actieverzoekId, PartnerView seen, CancellationToken cancellationToken)
    {
        var handler = context.Services.Require<ICaseHandler>();
        string? status = null;

        // Each round also reads the actieverzoek's status in the SWF, so what it showed last is known even when
        // the step's deadline leaves no time for one more request after the wait.
        var notice = await context.PollAsync(
            Texts.WaitTexts.ActieverzoekGereed(actieverzoekId),
            async ct =>
            {
                var found = (await handler.ReadNotificationsAsync(ct).ConfigureAwait(false))
                    .FirstOrDefault(n => n.Type == CollaborationNotice.ActieverzoekGereed && n.SamenwerkingId == dossier.SamenwerkingId && n.ObjectId == actieverzoekId);
                status = await dossier.ActieverzoekStatusAsync(actieverzoekId, ct).ConfigureAwait(false) ?? status;
                return found;
            },
            cancellationToken).ConfigureAwait(false);
        var partner = Texts.SamenwerkingTexts.PartnerWithPrivilege(dossier.Partner.Name, dossier.Partner.Oin, dossier.PartnerPrivilege);
        var seconds = Texts.LvbbTexts.Seconds(notice.Elapsed);
        if (!notice.Ready)
        {
            return seen.ActieverzoekenCompleted.Contains(actieverzoekId) && status == "GEREED"
                ? StepOutcome.Failed(Texts.SamenwerkingTexts.NotificationNeverCame(partner, actieverzoekId, seconds))
                : StepOutcome.Failed(
                    Texts.SamenwerkingTexts.NotCompleted(partner, actieverzoekId, CollaborationScenario.Actieverzoek, seconds, status), Werkplaats.F20);
        }

        return status == "GEREED"
            ? StepOutcome.Passed(
                Texts.PassedTexts.Collaborated(dossier.SamenwerkingId, seen.Verzoeknummer, partner, seen.DocumentsSeen.Count, actieverzoekId))
            : StepOutcome.Failed(Texts.SamenwerkingTexts.GereedButNotInSwf(actieverzoekId, status));
    }
}
