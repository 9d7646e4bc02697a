namespace ChainHarness.Engine.Iterations;

/// <summary>
/// The templates of a change, in one folder under <c>fixtures/</c>: the opdracht, the besluit, each GIO
/// (information object and GML) and the OW files. <c>{{Name}}</c> placeholders are filled by the simulated plan software.
/// </summary>
public sealed class PlanTemplates
{
    /// <summary>The folder of the templates, relative to <c>fixtures/</c>, e.g. <c>testdorp/wijziging-dakkapellen</c>.</summary>
    public string Map { get; init; } = "";

    /// <summary>Letters only: the name in the besluit's work, the doel and the idLevering (<c>dakkapellen</c>).</summary>
    public string Naam { get; init; } = "";

    public string Opdracht { get; init; } = "opdracht.xml";

    public string Besluit { get; init; } = "";

    public List<GioTemplate> Gios { get; init; } = [];

    public List<OwTemplate> Ow { get; init; } = [];
}
