using ChainHarness.Engine.Findings;

namespace ChainHarness.Board.Scenarios;

/// <summary>
/// The scenarios the board offers until the scenario catalogue of issue 7 (<c>scenarios</c>,
/// <c>demo &lt;name&gt;</c>) exists: "alles goed", then one per werkplaats finding F1–F20 of
/// <see cref="FindingCatalog"/>, switching on the simulator fault of the same name. This class is
/// the one place that mapping lives: replace it with the catalogue.
/// </summary>
public static class BoardScenarios
{
    public const string AllGoodKey = "alles-goed";

    public static IReadOnlyList<BoardScenario> All { get; } =
    [
        new(AllGoodKey, new Bilingual("Alles goed: de hele keten werkt", "All good: the whole chain works"), [], null),
        .. FindingCatalog.All.Select(f => new BoardScenario(f.Code, f.Text, [f.Code], f)),
    ];

    /// <summary>The scenario with this key (any case), or null.</summary>
    public static BoardScenario? Find(string? key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
