using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step09aOntvangenAanvraag;

/// <summary>
/// Step 9a, Ontvangen en behandelen aanvraag: the bevoegd gezag's VTH system got the verzoeknotificatie,
/// fetched the verzoek and opened a zaak. Waits for the zaak of the verzoeknummer of step 8b, then
/// passes when it holds every answer and every attachment (confidential ones too) as submitted.
/// </summary>
public sealed class OntvangenAanvraagStep : IChainStep
{
    /// <summary>Step 9a as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("9a", "Ontvangen en behandelen aanvraag", "Receive and handle the aanvraag", Lane.CheckEnAanvraag, ["8b"], "VTH-systeem")
    {
        Ports = [DriverOptions.VthSystem],
        Reads = [CaptureNames.LoketAanvraag],
        Writes = [CaptureNames.LoketZaakId],
        Expectation = new(
            "Het VTH-systeem heeft een zaak met het verzoeknummer, alle antwoorden en alle bijlagen.",
            "The VTH system has a zaak with the verzoeknummer, every answer and every attachment."),
        Place = new(1, 1),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var aanvraag = context.Require(context.State.Loket.Aanvraag);

        var vth = context.Services.Require<IVthSystem>();
        var poll = await context.PollAsync(Texts.WaitTexts.VthZaak(aanvraag.Verzoeknummer), ct => vth.FindZaakAsync(aanvraag.Verzoeknummer, ct), cancellationToken);
        if (poll.Value is not { } zaak)
        {
            return StepOutcome.Failed(Texts.LoketTexts.NoZaak(aanvraag.Verzoeknummer, Texts.LvbbTexts.Seconds(poll.Elapsed)));
        }

        context.Evidence.Note(Texts.LoketTexts.ZaakNote(zaak.Identificatie), Texts.LoketTexts.ZaakNoteDetail(zaak.Antwoorden.Count, string.Join(", ", zaak.Bijlagen.Select(b => b.Bestandsnaam))));
        var antwoorden = ZaakVergelijking.OntbrekendeAntwoorden(zaak, aanvraag);
        var bijlagen = ZaakVergelijking.OntbrekendeBijlagen(zaak, aanvraag);
        if (antwoorden.Count + bijlagen.Count > 0)
        {
            return StepOutcome.Failed(
                Texts.LoketTexts.ZaakIncomplete(zaak.Identificatie, aanvraag.Verzoeknummer, Bilingual.Join("; ", bijlagen.Concat(antwoorden))),
                bijlagen.Count > 0 ? Werkplaats.F16 : null);
        }

        context.State.Loket.ZaakId = zaak.Identificatie;
        return StepOutcome.Passed(Texts.PassedTexts.ZaakComplete(zaak.Identificatie, aanvraag.Verzoeknummer, aanvraag.Antwoorden.Count, aanvraag.Documenten.Count));
    }
}
