using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Steps.Step06VerifierenToepasbareRegel;

/// <summary>
/// Step 6, Verifiëren toepasbare regel: every STTR file of step 5 goes to Regels verifiëren (XSD and
/// rule checks; it stores nothing) and comes back without a melding of ernst fout. It does not check
/// that locations exist in Ozon: that happens only at delivery, in step 7.
/// </summary>
public sealed class VerifierenToepasbareRegelStep : IChainStep
{
    /// <summary>Step 6 as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("6", "Verifiëren toepasbare regel", "Verify the applicable rule", Lane.ToepasbareRegels, ["5"], "regelbeheersoftware")
    {
        Ports = [DriverOptions.RulesSoftware],
        Endpoints = [DsoEndpoint.Verifieren],
        Reads = [CaptureNames.RulesRules],
        Expectation = new(
            "Regels verifiëren vindt geen fouten in syntax (XSD) en semantiek (Schematron).",
            "Regels verifiëren finds no errors in syntax (XSD) or semantics (Schematron)."),
        Place = new(1, 0),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var rules = context.Require(context.State.Rules.Rules);

        var warnings = 0;
        foreach (var file in rules.Files)
        {
            var request = VerificatieVerzoek.For(file.Xml, file.Type, rules.ActivityId);
            var response = await context.SendAsync(DsoEndpoint.Verifieren, request, cancellationToken).ConfigureAwait(false);
            var answer = response.IsSuccessful ? VerificatieAntwoord.Parse(response.Content) : null;
            if (answer is null)
            {
                var seen = response.StatusCode == 0 ? Texts.RulesTexts.NoAnswer : Texts.RulesTexts.HttpStatus((int)response.StatusCode);
                return StepOutcome.Failed(Texts.RulesTexts.NotVerified(file.FileName, seen), response.StatusCode == 0 || (int)response.StatusCode >= 500 ? Werkplaats.F11 : null);
            }

            var fouten = answer.Fouten.ToList();
            if (fouten.Count > 0)
            {
                return StepOutcome.Failed(Texts.RulesTexts.VerificationRejected(file.FileName, file.Type.ToString(), fouten[0].Beschrijving, fouten[0].Code, fouten.Count - 1));
            }

            warnings += answer.Meldingen.Count(m => m.Ernst == "waarschuwing");
        }

        return StepOutcome.Passed(Texts.PassedTexts.Verified(rules.Files.Count, rules.ActivityId, warnings));
    }
}
