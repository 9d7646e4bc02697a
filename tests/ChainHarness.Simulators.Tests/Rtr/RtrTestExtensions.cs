using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Rtr;

/// <summary>
/// The rule sets a test delivered, leaving out the practice environment's existing content that
/// every world is seeded with (ids <c>bestaand-…</c>, see <c>ExistingContent</c>).
/// </summary>
internal static class RtrTestExtensions
{
    public static IReadOnlyList<DeliveredRuleSet> Delivered(this IEnumerable<DeliveredRuleSet> ruleSets) =>
        [.. ruleSets.Where(r => !r.Id.StartsWith("bestaand-", StringComparison.Ordinal))];
}
