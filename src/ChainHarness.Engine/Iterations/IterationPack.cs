namespace ChainHarness.Engine.Iterations;

/// <summary>
/// The content of one werkplaats iteration (<c>fixtures/iterations/&lt;n&gt;/iteratie.json</c>): the change the
/// simulated plan software writes, the rules the simulated rules software writes, the loket scenario steps
/// 8a–9b play, and the iteration whose outcome the practice environment already holds. Paths are relative
/// to <c>fixtures/</c>; the loket scenario is a built-in one by file name. Keys equal property names.
/// </summary>
public sealed class IterationPack
{
    /// <summary>1, 2 or 3.</summary>
    public int Iteratie { get; init; }

    /// <summary>One Dutch line: what this iteration adds.</summary>
    public string Titel { get; init; } = "";

    /// <summary>The change (wijzigingsbesluit) the plan software writes in step 1.</summary>
    public PlanTemplates Plan { get; init; } = new();

    /// <summary>The rules software's plan (<c>regelbeheer.json</c> shape), relative to <c>fixtures/</c>.</summary>
    public string Regelbeheer { get; init; } = "";

    /// <summary>The built-in loket scenario (file name) steps 8a–9b play when the profile names none.</summary>
    public string Loket { get; init; } = "";

    /// <summary>
    /// The iteration whose outcome the practice environment holds before the run (its change published, its
    /// rules in the RTR), so this iteration's change can replace and withdraw what that one delivered; null: none.
    /// </summary>
    public int? Vanaf { get; init; }

    /// <summary>The mutations of existing content the change makes: <c>vervangen</c>, <c>intrekken</c>.</summary>
    public List<string> Mutaties { get; init; } = [];

    public bool Withdraws => Mutaties.Contains("intrekken", StringComparer.Ordinal);
}
