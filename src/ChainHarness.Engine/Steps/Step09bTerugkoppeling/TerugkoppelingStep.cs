using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step09bTerugkoppeling;

/// <summary>
/// Step 9b, Terugkoppeling naar initiatiefnemer: the VTH system sent the applicant an
/// ontvangstbevestiging. Waits for the receipt of the zaak of step 9a, then passes when it names the
/// verzoeknummer, project and attachments of the submission and the zaak, and went to the applicant's
/// correspondence address.
/// </summary>
public sealed class TerugkoppelingStep : IChainStep
{
    /// <summary>Step 9b as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("9b", "Terugkoppeling naar initiatiefnemer", "Receipt to the applicant", Lane.CheckEnAanvraag, ["9a"], "VTH-systeem")
    {
        Ports = [DriverOptions.VthSystem],
        Reads = [CaptureNames.LoketAanvraag, CaptureNames.LoketZaakId],
        Expectation = new(
            "De ontvangstbevestiging noemt het juiste verzoeknummer, project en de bijlagen, en bereikt de initiatiefnemer.",
            "The receipt names the right verzoeknummer, project and attachments, and reaches the applicant."),
        Place = new(2, 1),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var aanvraag = context.Require(context.State.Loket.Aanvraag);
        var zaakId = context.Require(context.State.Loket.ZaakId);

        var vth = context.Services.Require<IVthSystem>();
        var zaak = await vth.FindZaakAsync(aanvraag.Verzoeknummer, cancellationToken);
        var poll = await context.PollAsync(Texts.WaitTexts.Ontvangstbevestiging(zaakId), ct => vth.FindOntvangstbevestigingAsync(zaakId, ct), cancellationToken);
        if (zaak is null || poll.Value is not { } bevestiging)
        {
            return StepOutcome.Failed(Texts.LoketTexts.NoReceipt(zaakId, aanvraag.Verzoeknummer, Texts.LvbbTexts.Seconds(poll.Elapsed)));
        }

        context.Evidence.Note(Texts.LoketTexts.ReceiptNote(zaakId), Texts.LoketTexts.ReceiptNoteDetail(bevestiging.Verzoeknummer, bevestiging.Projectnaam, bevestiging.Ontvanger, $"{bevestiging.Correspondentieadres}", string.Join(", ", bevestiging.Bijlagen)));
        var problems = OntvangstbevestigingVergelijking.Verschillen(bevestiging, zaak, aanvraag);
        return problems.Count > 0
            ? StepOutcome.Failed(Texts.LoketTexts.ReceiptWrong(zaakId, Bilingual.Join("; ", problems)), Werkplaats.F17)
            : StepOutcome.Passed(Texts.PassedTexts.Receipt(aanvraag.Verzoeknummer, aanvraag.Projectnaam, bevestiging.Bijlagen.Count, $"{bevestiging.Correspondentieadres}"));
    }
}
