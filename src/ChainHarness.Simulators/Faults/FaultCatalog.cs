using System.Reflection;

namespace ChainHarness.Simulators.Faults;

/// <summary>The names of every fault the simulators know: the constants of <see cref="KnownFaults"/>.</summary>
public static class FaultCatalog
{
    public static IReadOnlyList<string> Names { get; } = typeof(KnownFaults)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToList();

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);
}
