using ChainHarness.Engine.Scenarios;

namespace ChainHarness.Board.Tests;

/// <summary>The built-in scenarios of the catalogue, by name.</summary>
internal static class Catalogue
{
    public static Scenario Named(string name) => ScenarioCatalog.Find(ScenarioCatalog.BuiltIn, name)
        ?? throw new ArgumentException($"No built-in scenario '{name}'.", nameof(name));
}
