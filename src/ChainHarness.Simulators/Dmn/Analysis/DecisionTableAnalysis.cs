using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Dmn.Analysis;

/// <summary>
/// Looks for gaps (answers no rule covers) and, where the hit policy forbids them, overlaps (UNIQUE)
/// and conflicting overlaps (ANY) in a decision table. It splits the answers column by column into
/// the classes the table can tell apart (<see cref="ColumnDomain"/>) and follows only the rules still
/// in play, so wide STTR tables stay cheap. Which finding is an error is the caller's choice.
/// </summary>
public static class DecisionTableAnalysis
{
    private const int NodeBudget = 200_000;

    public static IReadOnlyList<TableFinding> Analyse(DmnModel model, DmnDecision decision, int maxFindings = 3)
    {
        if (decision.Table is not { Inputs.Count: > 0 } table)
        {
            return [];
        }

        var domains = table.Inputs.Select((_, i) => ColumnDomain.For(model, decision, table, i)).ToList();
        var walk = new Walk(decision, table, domains, maxFindings);
        walk.Visit(0, [.. table.Rules], Enumerable.Repeat(Walk.Unassigned, table.Inputs.Count).ToArray());
        return walk.Findings;
    }

    private sealed class Walk(DmnDecision decision, DmnDecisionTable table, List<IReadOnlyList<object?>> domains, int maxFindings)
    {
        public static readonly object Unassigned = new();
        private readonly HashSet<(int, int)> _pairs = [];
        private int _nodes;

        public List<TableFinding> Findings { get; } = [];

        public void Visit(int column, List<DmnRule> alive, object?[] assignment)
        {
            if (Findings.Count >= maxFindings || Stopped())
            {
                return;
            }

            if (alive.Count == 0)
            {
                Add(TableFindingKind.Gap, [], assignment, column);
                return;
            }

            if (column == table.Inputs.Count)
            {
                CheckOverlap(alive, assignment);
                return;
            }

            if (alive.Count == 1)
            {
                CheckCoverage(column, alive[0], assignment);
                return;
            }

            if (alive.All(r => r.InputEntries[column].IsWildcard))
            {
                assignment[column] = Unassigned;
                Visit(column + 1, alive, assignment);
                return;
            }

            foreach (var point in domains[column])
            {
                assignment[column] = point;
                Visit(column + 1, alive.Where(r => r.InputEntries[column].Matches(point)).ToList(), assignment);
            }

            assignment[column] = Unassigned;
        }

        private void CheckCoverage(int from, DmnRule rule, object?[] assignment)
        {
            for (var column = from; column < table.Inputs.Count; column++)
            {
                var missed = domains[column].FirstOrDefault(p => !rule.InputEntries[column].Matches(p), Unassigned);
                assignment[column] = missed;
                if (!ReferenceEquals(missed, Unassigned))
                {
                    Add(TableFindingKind.Gap, [], assignment, column + 1);
                    assignment[column] = Unassigned;
                    return;
                }
            }
        }

        private void CheckOverlap(List<DmnRule> alive, object?[] assignment)
        {
            if (alive.Count < 2 || table.HitPolicy is not (HitPolicy.Unique or HitPolicy.Any))
            {
                return;
            }

            var first = alive[0];
            var other = table.HitPolicy == HitPolicy.Unique
                ? alive[1]
                : alive.FirstOrDefault(r => !r.Outputs.Zip(first.Outputs).All(p => FeelValue.AreEqual(p.First, p.Second)));
            if (other is not null && _pairs.Add((first.Number, other.Number)))
            {
                Add(table.HitPolicy == HitPolicy.Unique ? TableFindingKind.Overlap : TableFindingKind.Conflict, [first.Number, other.Number], assignment, assignment.Length);
            }
        }

        private bool Stopped()
        {
            if (++_nodes <= NodeBudget)
            {
                return false;
            }

            if (Findings.All(f => f.Kind != TableFindingKind.TooLarge))
            {
                Findings.Add(Finding(TableFindingKind.TooLarge, [], "",
                    $"Beslistabel '{decision.Name}' heeft te veel combinaties van antwoorden om volledig te controleren; ze is deels gecontroleerd."));
            }

            return true;
        }

        private void Add(TableFindingKind kind, int[] rules, object?[] assignment, int assigned)
        {
            var witness = string.Join(" en ", Enumerable.Range(0, Math.Min(assigned, assignment.Length))
                .Where(i => !ReferenceEquals(assignment[i], Unassigned))
                .Select(i => $"{table.Inputs[i].Expression} = {ColumnDomain.Describe(assignment[i])}"));
            var when = witness.Length == 0 ? "bij elk antwoord" : $"als {witness}";
            var table0 = $"Beslistabel '{decision.Name}' (hitpolicy {table.HitPolicyName})";
            var description = kind switch
            {
                TableFindingKind.Gap => $"{table0} heeft een gat: geen regel is van toepassing {when}.",
                TableFindingKind.Overlap => $"{table0} heeft een overlap: regels {rules[0]} en {rules[1]} zijn beide van toepassing {when}.",
                _ => $"{table0} heeft regels die elkaar tegenspreken: regels {rules[0]} en {rules[1]} zijn beide van toepassing {when}, maar geven verschillende uitkomsten.",
            };
            Findings.Add(Finding(kind, rules, witness, description));
        }

        private TableFinding Finding(TableFindingKind kind, int[] rules, string witness, string description) =>
            new(kind, decision.Id, decision.Name, table.HitPolicy, rules, witness, description);
    }
}
