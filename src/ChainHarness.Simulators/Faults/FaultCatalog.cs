using System.Reflection;

namespace ChainHarness.Simulators.Faults;

/// <summary>
/// Every fault name the simulators know (the string fields of <see cref="PlanFaults"/>, <see cref="RulesFaults"/>,
/// <see cref="LoketFaults"/>, <see cref="PartnerFaults"/> and <see cref="OutageFaults"/>), so a misspelt fault is a configuration error
/// instead of a run that silently injects nothing.
/// </summary>
public static class FaultCatalog
{
    public static IReadOnlyList<string> Names { get; } =
    [
        .. new[] { typeof(PlanFaults), typeof(RulesFaults), typeof(LoketFaults), typeof(PartnerFaults), typeof(OutageFaults) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(string) && (f.IsLiteral || f.IsInitOnly))
            .Select(f => (string)f.GetValue(null)!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal),
    ];

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>A sentence per unknown fault, listing the known ones.</summary>
    public static IEnumerable<string> Problems(IEnumerable<string> faults, string path = "Faults") =>
        faults.Where(f => !IsKnown(f))
            .Select(f => $"{path}: '{f}' is not a fault the simulators know. Known faults: {string.Join(", ", Names)}.");
}
