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
            var problem = input.UitvoeringsregelId is null ? "heeft geen uitvoeringsregel, dus niemand wordt ernaar gevraagd"
                : regel is null ? $"verwijst naar uitvoeringsregel '{input.UitvoeringsregelId}', die het bestand niet definieert"
                : regel.Soort is SttrRegelSoort.Vraag or SttrRegelSoort.GeoVerwijzing or SttrRegelSoort.Bijlage or SttrRegelSoort.Registerbevraging && string.IsNullOrWhiteSpace(regel.Tekst)
                    ? $"wordt gevraagd door uitvoeringsregel '{regel.Id}', die geen vraagtekst heeft"
                : regel.Soort == SttrRegelSoort.Overig ? $"is gekoppeld aan uitvoeringsregel '{regel.Id}', die niet zegt hoe de waarde wordt verkregen"
                : null;
            if (problem is not null)
            {
                yield return VerificatieMelding.Fout("TRV-003", $"Invoer '{input.Name}' {problem}.");
            }
        }

        foreach (var decision in model.Decisions)
        {
            foreach (var column in decision.Table?.Inputs ?? [])
            {
                if (model.ResolveColumn(decision, column) is null)
                {
                    yield return VerificatieMelding.Fout("TRV-008", $"Beslissing '{decision.Name}' leest '{column.Expression}', dat geen inputData en geen beslissing in het bestand is.");
                }
            }

            foreach (var id in decision.RequiredInputIds.Where(id => model.InputData.All(i => i.Id != id)))
            {
                yield return VerificatieMelding.Fout("TRV-008", $"Beslissing '{decision.Name}' vereist invoer '#{id}', die het bestand niet definieert.");
            }

            foreach (var id in decision.RequiredDecisionIds.Where(id => model.Decisions.All(d => d.Id != id)))
            {
                yield return VerificatieMelding.Fout("TRV-008", $"Beslissing '{decision.Name}' vereist beslissing '#{id}', die het bestand niet definieert.");
            }
        }
    }
}
