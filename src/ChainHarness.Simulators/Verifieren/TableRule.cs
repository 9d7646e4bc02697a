using ChainHarness.Simulators.Dmn.Analysis;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// TRV-005 and TRV-006: no overlap a table's hit policy forbids (two UNIQUE rules for the same
/// answers; two ANY rules that disagree), and no gap where it matters. A gap in the decision a
/// Conclusie starts from is a fout: the check would end without a conclusion (the loket's
/// NeemContactOpMet, F14). Elsewhere a gap is a waarschuwing: STTR files leave sub-decisions empty on
/// purpose (a requirement not met), as Amsterdam's files do.
/// </summary>
public sealed class TableRule : IVerificationRule
{
    public IEnumerable<VerificatieMelding> Check(VerificationContext context)
    {
        foreach (var decision in context.Model.Decisions.Where(d => d.Table is not null))
        {
            var conclusion = context.IsConclusie && context.IsTop(decision) && decision.Table!.IsSingleHit;
            foreach (var finding in DecisionTableAnalysis.Analyse(context.Model, decision))
            {
                yield return finding.Kind switch
                {
                    TableFindingKind.Overlap or TableFindingKind.Conflict => VerificatieMelding.Fout("TRV-006", finding.Description),
                    TableFindingKind.Gap when conclusion => VerificatieMelding.Fout("TRV-005", finding.Description + " De check zou eindigen zonder conclusie."),
                    TableFindingKind.Gap => VerificatieMelding.Waarschuwing("TRV-005", finding.Description),
                    _ => VerificatieMelding.Informatie("TRV-005", finding.Description),
                };
            }
        }
    }
}
