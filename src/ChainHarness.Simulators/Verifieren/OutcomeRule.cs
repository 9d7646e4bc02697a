using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// TRV-004: every output value is one its output allows (outputValues), and the decision a Conclusie
/// starts from concludes only what the loket knows: NietVanToepassing, Verbod, Vergunningplicht,
/// Meldingsplicht, Informatieplicht, Toestemmingsvrij or NeemContactOpMet.
/// </summary>
public sealed class OutcomeRule : IVerificationRule
{
    public IEnumerable<VerificatieMelding> Check(VerificationContext context)
    {
        foreach (var decision in context.Model.Decisions.Where(d => d.Table is not null))
        {
            var table = decision.Table!;
            var conclusie = context.IsConclusie && context.IsTop(decision);
            foreach (var rule in table.Rules)
            {
                for (var i = 0; i < table.Outputs.Count; i++)
                {
                    var value = rule.Outputs[i];
                    var allowed = table.Outputs[i].AllowedValues;
                    if (allowed is not null && !allowed.Any(a => FeelValue.AreEqual(a, value)))
                    {
                        yield return VerificatieMelding.Fout("TRV-004",
                            $"Regel {rule.Number} van beslissing '{decision.Name}' geeft {FeelValue.Format(value)}, dat niet bij de toegestane waarden hoort ({string.Join(", ", allowed.Select(FeelValue.Format))}).");
                    }
                    else if (conclusie && i == 0 && !SttrConclusies.IsConclusie(value))
                    {
                        yield return VerificatieMelding.Fout("TRV-004",
                            $"Regel {rule.Number} van beslissing '{decision.Name}' concludeert {FeelValue.Format(value)}; een Conclusie mag alleen {string.Join(", ", SttrConclusies.All)} concluderen.");
                    }
                }
            }
        }
    }
}
