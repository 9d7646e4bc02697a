using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// One evaluation: resolves inputs from answers or fixed values, evaluates required decisions once
/// each (memoised), and asks for what is missing.
/// </summary>
internal sealed class EvaluationRun(DmnModel model, DmnAnswers answers)
{
    private readonly Dictionary<string, DecisionOutcome> _decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DecisionOutcome> _inputs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

    public DecisionOutcome Decision(DmnDecision decision)
    {
        if (_decisions.TryGetValue(decision.Id, out var known))
        {
            return known;
        }

        if (!_visiting.Add(decision.Id))
        {
            return DecisionOutcome.Failure($"Beslissing '{decision.Name}' hangt van zichzelf af.");
        }

        var outcome = decision.Logic switch
        {
            DmnDecisionLogic.DecisionTable => TableEvaluator.Evaluate(decision, decision.Table!, column => Column(decision, column)),
            DmnDecisionLogic.LiteralExpression => Literal(decision),
            _ => External(decision),
        };
        _visiting.Remove(decision.Id);
        _decisions[decision.Id] = outcome;
        return outcome;
    }

    private DecisionOutcome Column(DmnDecision decision, DmnTableInput column) => model.ResolveColumn(decision, column) switch
    {
        DmnInputData input => Input(input),
        DmnDecision required => Decision(required),
        _ => DecisionOutcome.Failure($"Invoer '{column.Expression}' van beslissing '{decision.Name}' noemt geen inputData of beslissing in het bestand."),
    };

    private DecisionOutcome Input(DmnInputData input)
    {
        if (_inputs.TryGetValue(input.Id, out var known))
        {
            return known;
        }

        var regel = model.FindUitvoeringsregel(input.UitvoeringsregelId);
        var type = input.TypeRef ?? regel?.GegevensType;
        DecisionOutcome outcome;
        if (answers.TryGet(out var answer, input.Id, input.Name, input.UitvoeringsregelId))
        {
            outcome = DecisionOutcome.Known(FeelValue.Coerce(answer, type));
        }
        else if (regel is { Soort: SttrRegelSoort.VasteWaarde or SttrRegelSoort.ImplicietAntwoord, VasteWaarde: { } fixedValue })
        {
            outcome = DecisionOutcome.Known(FeelValue.Coerce(fixedValue, type ?? regel.GegevensType));
        }
        else
        {
            outcome = DecisionOutcome.Pending([Question(input, regel)]);
        }

        _inputs[input.Id] = outcome;
        return outcome;
    }

    private DecisionOutcome Literal(DmnDecision decision)
    {
        var text = decision.LiteralText?.Trim() ?? "";
        try
        {
            return DecisionOutcome.Known(FeelLiteral.Parse(text));
        }
        catch (FeelSyntaxException)
        {
            var column = new DmnTableInput(decision.Id, null, text, decision.TypeRef, null);
            return Column(decision, column) is { Status: not DmnEvaluationStatus.Failed } outcome
                ? outcome
                : DecisionOutcome.Failure($"Beslissing '{decision.Name}' heeft een letterlijke expressie buiten de ondersteunde deelverzameling: '{text}'.");
        }
    }

    private DecisionOutcome External(DmnDecision decision) =>
        answers.TryGet(out var answer, decision.Id, decision.Name)
            ? DecisionOutcome.Known(FeelValue.Coerce(answer, decision.TypeRef))
            : DecisionOutcome.Pending([new DmnOpenQuestion(decision.Id, decision.Name)
            {
                GegevensType = decision.TypeRef,
                SortKey = (int.MaxValue, int.MaxValue, int.MaxValue),
            }]);

    private DmnOpenQuestion Question(DmnInputData input, SttrUitvoeringsregel? regel) => new(input.Id, input.Name)
    {
        UitvoeringsregelId = regel?.Id,
        Soort = regel?.Soort ?? SttrRegelSoort.Overig,
        Tekst = regel?.Tekst,
        GegevensType = regel?.GegevensType ?? input.TypeRef,
        Opties = regel?.Opties ?? [],
        LocatieId = regel?.LocatieId,
        Regelgroep = regel?.Regelgroep?.Naam,
        Toelichting = regel?.Toelichting,
        SortKey = (regel?.Regelgroep?.Prioriteit ?? int.MaxValue, regel?.Prioriteit ?? int.MaxValue, IndexOf(input)),
    };

    private int IndexOf(DmnInputData input)
    {
        for (var i = 0; i < model.InputData.Count; i++)
        {
            if (ReferenceEquals(model.InputData[i], input))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
