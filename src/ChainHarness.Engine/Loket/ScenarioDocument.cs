namespace ChainHarness.Engine.Loket;

/// <summary>A document of a scenario. <see cref="Inhoud"/> is its text; null: a generated text naming it.</summary>
public sealed class ScenarioDocument
{
    public string Bestandsnaam { get; set; } = "";

    /// <summary>The indieningsvereiste (bijlageType) it satisfies, e.g. <c>Bouwtekening</c>.</summary>
    public string DocumentType { get; set; } = "";

    public bool Vertrouwelijk { get; set; }

    public string? Inhoud { get; set; }
}
