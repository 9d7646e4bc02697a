using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// TRV-003: every inputData points at an uitvoeringsregel that asks it (a question or document with
/// its text), answers it from the location, or fixes its value. TRV-008: every table column and every
/// requirement names something the file defines.
/// </summary>
public sealed class QuestionRule : IVerificationRule
{
    public IEnumerable<VerificatieMelding> Check(VerificationContext context)
    {
        var model = context.Model;
        foreach (var input in model.InputData)
        {
            var regel = model.FindUitvoeringsregel(input.UitvoeringsregelId);
            var problem = input.UitvoeringsregelId is null ? "has no uitvoeringsregel, so nobody is asked for it"
                : regel is null ? $"refers to uitvoeringsregel '{input.UitvoeringsregelId}', which the file does not define"
                : regel.Soort is SttrRegelSoort.Vraag or SttrRegelSoort.GeoVerwijzing or SttrRegelSoort.Bijlage or SttrRegelSoort.Registerbevraging && string.IsNullOrWhiteSpace(regel.Tekst)
                    ? $"is asked by uitvoeringsregel '{regel.Id}', which has no question text"
                : regel.Soort == SttrRegelSoort.Overig ? $"is linked to uitvoeringsregel '{regel.Id}', which does not say how its value is obtained"
                : null;
            if (problem is not null)
            {
                yield return VerificatieMelding.Fout("TRV-003", $"Input '{input.Name}' {problem}.");
            }
        }

        foreach (var decision in model.Decisions)
        {
            foreach (var column in decision.Table?.Inputs ?? [])
            {
                if (model.ResolveColumn(decision, column) is null)
                {
                    yield return VerificatieMelding.Fout("TRV-008", $"Decision '{decision.Name}' reads '{column.Expression}', which is neither an inputData nor a decision in the file.");
                }
            }

            foreach (var id in decision.RequiredInputIds.Where(id => model.InputData.All(i => i.Id != id)))
            {
                yield return VerificatieMelding.Fout("TRV-008", $"Decision '{decision.Name}' requires input '#{id}', which the file does not define.");
            }

            foreach (var id in decision.RequiredDecisionIds.Where(id => model.Decisions.All(d => d.Id != id)))
            {
                yield return VerificatieMelding.Fout("TRV-008", $"Decision '{decision.Name}' requires decision '#{id}', which the file does not define.");
            }
        }
    }
}
