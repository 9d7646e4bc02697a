using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// TRV-010: every value a table compares an input with has the input's type. FEEL compares values of
/// different kinds as neither equal nor ordered, so such a rule never applies and the check silently ends
/// without it (NeemContactOpMet). An input with no typeRef (on the inputData or its uitvoeringsregel)
/// arrives as text: compared with a number, a date or true/false it is the same silent dead end. One fout per
/// column, naming the decision, the input, the first rule and both types.
/// </summary>
public sealed class TypeRule : IVerificationRule
{
    public IEnumerable<VerificatieMelding> Check(VerificationContext context)
    {
        var model = context.Model;
        foreach (var decision in model.Decisions.Where(d => d.Table is not null))
        {
            var table = decision.Table!;
            for (var i = 0; i < table.Inputs.Count; i++)
            {
                var column = table.Inputs[i];
                var (typeRef, isInput) = DeclaredType(model, decision, column);
                if (!isInput && string.IsNullOrWhiteSpace(typeRef))
                {
                    continue; // a required decision's values are its typed output literals
                }

                var missing = string.IsNullOrWhiteSpace(typeRef);
                var kind = missing ? "tekst" : FeelKind.OfType(typeRef);
                if (kind is null)
                {
                    continue; // a typeRef outside the FEEL base types: not ours to judge
                }

                var clash = table.Rules
                    .Select(rule => (Rule: rule, Literal: rule.InputEntries[i].Literals().FirstOrDefault(l => FeelKind.Of(l) != kind)))
                    .FirstOrDefault(c => c.Literal is not null);
                if (clash.Literal is null)
                {
                    continue;
                }

                yield return VerificatieMelding.Fout("TRV-010", missing
                    ? $"Beslissing '{decision.Name}', regel {clash.Rule.Number}: invoer '{column.Expression}' heeft geen typeRef (type tekst), maar de regel vergelijkt die met {FeelValue.Format(clash.Literal)} (type {FeelKind.Of(clash.Literal)}); zo'n antwoord is nooit gelijk aan die waarde en de check eindigt zonder conclusie."
                    : $"Beslissing '{decision.Name}', regel {clash.Rule.Number}: invoer '{column.Expression}' is van type {kind} (typeRef {typeRef}), maar de regel vergelijkt die met {FeelValue.Format(clash.Literal)} (type {FeelKind.Of(clash.Literal)}); die typen zijn niet te vergelijken.");
            }
        }
    }

    private static (string? TypeRef, bool IsInput) DeclaredType(DmnModel model, DmnDecision decision, DmnTableInput column) =>
        model.ResolveColumn(decision, column) switch
        {
            DmnInputData input => (input.TypeRef ?? model.FindUitvoeringsregel(input.UitvoeringsregelId)?.GegevensType ?? column.TypeRef, true),
            DmnDecision required => (required.TypeRef ?? required.Table?.Outputs.FirstOrDefault()?.TypeRef ?? column.TypeRef, false),
            _ => (column.TypeRef, false),
        };
}
