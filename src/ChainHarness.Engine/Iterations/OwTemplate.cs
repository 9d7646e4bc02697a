namespace ChainHarness.Engine.Iterations;

/// <summary>One OW file of a change, and what the plan software writes instead under F6 (weak annotation).</summary>
public sealed class OwTemplate
{
    public string Bestand { get; init; } = "";

    /// <summary>Under F6: the template written in its place (under the same name); null: written as is.</summary>
    public string? ZonderAnnotaties { get; init; }

    /// <summary>Under F6: left out (the activities a weakly annotated change lacks).</summary>
    public bool AlleenMetAnnotaties { get; init; }
}
