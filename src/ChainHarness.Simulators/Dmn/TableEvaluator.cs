using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// Evaluates a decision table with three-valued rule matching: a rule matches, does not, or is
/// unknown until an input is answered. It concludes as soon as the hit policy allows (a UNIQUE match,
/// the FIRST match before any unknown rule, an ANY match no unknown rule could contradict); otherwise
/// it asks the first unanswered input of every rule still in play.
/// </summary>
internal static class TableEvaluator
{
    public static DecisionOutcome Evaluate(DmnDecision decision, DmnDecisionTable table, Func<DmnTableInput, DecisionOutcome> column)
    {
        var columns = new DecisionOutcome?[table.Inputs.Count];
        var states = new List<(DmnRule Rule, RuleState State, IReadOnlyList<DmnOpenQuestion> Open)>();
        foreach (var rule in table.Rules)
        {
            var (state, open, problem) = Match(decision, table, rule, i => columns[i] ??= column(table.Inputs[i]));
            if (problem is not null)
            {
                return DecisionOutcome.Failure(problem);
            }

            states.Add((rule, state, open));
        }

        var matches = states.Where(s => s.State == RuleState.Match).Select(s => s.Rule).ToList();
        var unknown = states.Where(s => s.State == RuleState.Unknown).ToList();
        if (unknown.Count == 0 || CanConcludeEarly(table, states, matches))
        {
            return Conclude(decision, table, matches);
        }

        var asking = table.HitPolicy == HitPolicy.First
            ? states.TakeWhile(s => s.State != RuleState.Match).Where(s => s.State == RuleState.Unknown)
            : unknown;
        return DecisionOutcome.Pending(asking.SelectMany(s => s.Open));
    }

    private static (RuleState State, IReadOnlyList<DmnOpenQuestion> Open, string? Problem) Match(DmnDecision decision, DmnDecisionTable table, DmnRule rule, Func<int, DecisionOutcome> column)
    {
        IReadOnlyList<DmnOpenQuestion>? open = null;
        string? problem = null;
        for (var i = 0; i < rule.InputEntries.Count; i++)
        {
            var entry = rule.InputEntries[i];
            if (entry.IsWildcard)
            {
                continue;
            }

            var value = column(i);
            if (value.IsPending)
            {
                open ??= value.Open;
            }
            else if (value.Status == DmnEvaluationStatus.Failed)
            {
                problem ??= value.Problem;
            }
            else if (FeelKind.Mismatch(entry, value.Value) is { } literal)
            {
                problem ??= TypeMismatch(decision, table.Inputs[i], rule, value.Value, literal);
            }
            else if (!entry.Matches(value.Value))
            {
                return (RuleState.NoMatch, [], null);
            }
        }

        return problem is not null ? (RuleState.Unknown, [], problem)
            : open is not null ? (RuleState.Unknown, open, null)
            : (RuleState.Match, [], null);
    }

    /// <summary>FEEL compares values of different kinds as neither equal nor ordered: a silent no-match. It is an error instead.</summary>
    private static string TypeMismatch(DmnDecision decision, DmnTableInput column, DmnRule rule, object? value, object literal) =>
        $"Beslissing '{decision.Name}', regel {rule.Number}: invoer '{column.Expression}' is {FeelValue.Format(value)} (type {FeelKind.Of(value)}), "
        + $"maar de regel vergelijkt die met {FeelValue.Format(literal)} (type {FeelKind.Of(literal)}); die typen zijn niet te vergelijken.";

    private static bool CanConcludeEarly(DmnDecisionTable table, List<(DmnRule Rule, RuleState State, IReadOnlyList<DmnOpenQuestion> Open)> states, List<DmnRule> matches) =>
        table.HitPolicy switch
        {
            HitPolicy.Unique => matches.Count == 1,
            HitPolicy.First => states.FirstOrDefault(s => s.State != RuleState.NoMatch).State == RuleState.Match,
            HitPolicy.Any => matches.Count > 0 && states.Where(s => s.State != RuleState.NoMatch).All(s => SameOutputs(s.Rule, matches[0])),
            _ => false,
        };

    private static DecisionOutcome Conclude(DmnDecision decision, DmnDecisionTable table, List<DmnRule> matches)
    {
        if (table.HitPolicy == HitPolicy.Unique && matches.Count > 1)
        {
            return DecisionOutcome.Failure(
                $"Regels {string.Join(" en ", matches.Select(r => r.Number))} van beslissing '{decision.Name}' zijn beide van toepassing op deze antwoorden; de hitpolicy UNIQUE staat er maar één toe.");
        }

        if (table.HitPolicy == HitPolicy.Any && matches.Skip(1).Any(r => !SameOutputs(r, matches[0])))
        {
            return DecisionOutcome.Failure(
                $"Regels {string.Join(" en ", matches.Select(r => r.Number))} van beslissing '{decision.Name}' zijn van toepassing op deze antwoorden maar geven verschillende uitkomsten; de hitpolicy ANY vereist dezelfde uitkomst.");
        }

        var ordered = table.HitPolicy is HitPolicy.Priority or HitPolicy.OutputOrder
            ? matches.OrderBy(r => r, new OutputPriority(table)).ToList()
            : matches;
        var hits = (table.IsSingleHit ? ordered.Take(1) : ordered)
            .Select(r => new DmnHit(r.Id, r.Number, r.Outputs, r.Toelichting)).ToList();
        return DecisionOutcome.Known(ValueOf(table, hits), hits);
    }

    private static object? ValueOf(DmnDecisionTable table, List<DmnHit> hits)
    {
        object? Row(DmnHit hit) => table.Outputs.Count == 1
            ? hit.Value
            : table.Outputs.Select((o, i) => (Key: o.Name ?? o.Id, Value: hit.Outputs[i])).ToDictionary(p => p.Key, p => p.Value);

        if (table.IsSingleHit)
        {
            return hits.Count == 0 ? null : Row(hits[0]);
        }

        var numbers = hits.Select(h => h.Value).OfType<decimal>().ToList();
        return table.Aggregation switch
        {
            CollectAggregation.Count => (decimal)hits.Count,
            CollectAggregation.Sum => numbers.Sum(),
            CollectAggregation.Min => numbers.Count == 0 ? null : numbers.Min(),
            CollectAggregation.Max => numbers.Count == 0 ? null : numbers.Max(),
            _ => hits.Select(Row).ToList(),
        };
    }

    private static bool SameOutputs(DmnRule a, DmnRule b) =>
        a.Outputs.Count == b.Outputs.Count && a.Outputs.Zip(b.Outputs).All(p => FeelValue.AreEqual(p.First, p.Second));

    /// <summary>PRIORITY order: by the position of each output value in that output's allowed values.</summary>
    private sealed class OutputPriority(DmnDecisionTable table) : IComparer<DmnRule>
    {
        public int Compare(DmnRule? x, DmnRule? y)
        {
            for (var i = 0; i < table.Outputs.Count; i++)
            {
                var order = Rank(i, x!).CompareTo(Rank(i, y!));
                if (order != 0)
                {
                    return order;
                }
            }

            return x!.Number.CompareTo(y!.Number);
        }

        private int Rank(int output, DmnRule rule)
        {
            var allowed = table.Outputs[output].AllowedValues ?? [];
            var index = allowed.ToList().FindIndex(v => FeelValue.AreEqual(v, rule.Outputs[output]));
            return index < 0 ? int.MaxValue : index;
        }
    }
}
