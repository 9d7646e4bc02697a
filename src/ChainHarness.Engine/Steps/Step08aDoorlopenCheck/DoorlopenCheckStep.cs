using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step08aDoorlopenCheck;

/// <summary>
/// Step 8a, Doorlopen check: as a citizen of the scenario, search the loket by an everyday word
/// (Zoekinterface v2), choose the expected werkzaamheid and answer the vergunningcheck's questions
/// (conclusie/_bepaal) at the location, round by round. Passes only when exactly the expected
/// questions were asked, in order, and the expected conclusion came out.
/// </summary>
public sealed class DoorlopenCheckStep : IChainStep
{
    /// <summary>Step 8a as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("8a", "Doorlopen check", "Run the vergunningcheck", Lane.CheckEnAanvraag, ["7"], "Omgevingsloket")
    {
        Endpoints = [DsoEndpoint.Uitvoeren, DsoEndpoint.Rtr],
        Writes = [CaptureNames.LoketFunctioneleStructuurRef],
        Expectation = new(
            "De vergunningcheck stelt de verwachte vragen en geeft de verwachte conclusie op de testlocatie.",
            "The vergunningcheck asks the expected questions and gives the expected conclusion at the test location."),
        Place = new(0, 0),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var scenario = LoketScenarioLoader.For(context.Profile);
        var check = scenario.Check;
        var zoek = await context.SendAsync(DsoEndpoint.Zoekinterface, UitvoerenApi.Zoek(check.Zoekterm), cancellationToken);
        if (!zoek.IsSuccessful)
        {
            return StepOutcome.Failed(Texts.LoketTexts.SearchFailed(ResponseText.Describe(zoek)), ResponseText.Finding(zoek)) with { Owner = ResponseText.Owner(zoek) };
        }

        var gevonden = UitvoerenApi.Werkzaamheden(zoek.Content!);
        if (gevonden.FirstOrDefault(w => string.Equals(w.Naam, check.Werkzaamheid, StringComparison.OrdinalIgnoreCase)) is not { FunctioneleStructuurRef.Length: > 0 } werkzaamheid)
        {
            return await WerkzaamheidKoppeling.NotFoundAsync(context, check, gevonden, cancellationToken);
        }

        context.State.Loket.FunctioneleStructuurRef = werkzaamheid.RegelRef;
        var (gesteld, uitkomst, fout) = await CheckRondes.DoorloopAsync(context, werkzaamheid.RegelRef, check, scenario.Locatie ?? context.Profile.TestLocation, cancellationToken);
        if (fout is not null)
        {
            return fout;
        }

        return Beoordeel(check, werkzaamheid.Naam, gesteld, uitkomst!);
    }

    private static StepOutcome Beoordeel(CheckScenario check, string werkzaamheid, IReadOnlyList<string> gesteld, string conclusie)
    {
        if (conclusie == Conclusies.NeemContactOpMet)
        {
            return StepOutcome.Failed(Texts.LoketTexts.Stalls(werkzaamheid, gesteld.Count, check.VerwachteConclusie), Werkplaats.F14);
        }

        if (!gesteld.SequenceEqual(check.VerwachteVragen))
        {
            return StepOutcome.Failed(Texts.LoketTexts.OtherQuestions(werkzaamheid, Lijst(gesteld), Lijst(check.VerwachteVragen)));
        }

        return conclusie != check.VerwachteConclusie
            ? StepOutcome.Failed(Texts.LoketTexts.OtherConclusion(werkzaamheid, conclusie, check.VerwachteConclusie))
            : StepOutcome.Passed(Texts.PassedTexts.Checked(check.Zoekterm, werkzaamheid, gesteld.Count, conclusie));
    }

    private static string? Lijst(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : null;
}
