using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Dmn.Analysis;

/// <summary>
/// The answers a column can get, reduced to one representative per class the table can tell apart:
/// a fixed value; the options of a list question or the outputs of the decision it reads; true and
/// false; for numbers and dates the boundaries the tests use and a point between and beyond each; for
/// free text the literals used plus "any other answer".
/// </summary>
internal static class ColumnDomain
{
    /// <summary>A text no rule names: stands for every answer the table does not list.</summary>
    public const string OtherAnswer = "\u2026any other answer";

    public static IReadOnlyList<object?> For(DmnModel model, DmnDecision decision, DmnDecisionTable table, int column)
    {
        var input = table.Inputs[column];
        var literals = table.Rules.SelectMany(r => r.InputEntries[column].Literals()).ToList();
        var target = model.ResolveColumn(decision, input);
        var regel = target is DmnInputData data ? model.FindUitvoeringsregel(data.UitvoeringsregelId) : null;
        var type = BaseType((target as DmnInputData)?.TypeRef ?? input.TypeRef ?? regel?.GegevensType);
        if (regel is { Soort: SttrRegelSoort.VasteWaarde, VasteWaarde: { } fixedValue })
        {
            return [FeelValue.Coerce(fixedValue, type ?? regel.GegevensType)];
        }

        if (regel?.Opties.Count > 0)
        {
            return [.. regel.Opties];
        }

        if (input.AllowedValues is { Count: > 0 } allowed)
        {
            return allowed;
        }

        if (target is DmnDecision { Table: { Outputs.Count: 1 } sub })
        {
            return sub.Outputs[0].AllowedValues is { Count: > 0 } outputs ? outputs
                : sub.Rules.Select(r => r.Outputs[0]).Distinct(FeelComparer.Instance).ToList();
        }

        if (type is "boolean" || (literals.Count > 0 && literals.All(l => l is bool)))
        {
            return [true, false];
        }

        if (literals.Count > 0 && literals.All(l => l is decimal))
        {
            return Points(literals.Cast<decimal>(), d => d - 1, d => d + 1, (a, b) => (a + b) / 2).Cast<object?>().ToList();
        }

        if (literals.Count > 0 && literals.All(l => l is DateOnly))
        {
            return Points(literals.Cast<DateOnly>(), d => d.AddDays(-1), d => d.AddDays(1), (a, b) => DateOnly.FromDayNumber((a.DayNumber + b.DayNumber) / 2))
                .Cast<object?>().ToList();
        }

        return [.. literals.Distinct(FeelComparer.Instance), OtherAnswer];
    }

    public static string Describe(object? value) => value is OtherAnswer ? "elk ander antwoord" : FeelValue.Format(value);

    private static string? BaseType(string? typeRef) => typeRef?[(typeRef.IndexOf(':', StringComparison.Ordinal) + 1)..].ToLowerInvariant();

    private static List<T> Points<T>(IEnumerable<T> bounds, Func<T, T> below, Func<T, T> above, Func<T, T, T> between)
        where T : IComparable<T>
    {
        var sorted = bounds.Distinct().Order().ToList();
        var points = new List<T> { below(sorted[0]) };
        for (var i = 0; i < sorted.Count; i++)
        {
            points.Add(sorted[i]);
            if (i + 1 < sorted.Count)
            {
                points.Add(between(sorted[i], sorted[i + 1]));
            }
        }

        points.Add(above(sorted[^1]));
        return [.. points.Distinct()];
    }

    private sealed class FeelComparer : IEqualityComparer<object?>
    {
        public static readonly FeelComparer Instance = new();

        public new bool Equals(object? x, object? y) => FeelValue.AreEqual(x, y);

        public int GetHashCode(object? obj) => obj?.GetHashCode() ?? 0;
    }
}
