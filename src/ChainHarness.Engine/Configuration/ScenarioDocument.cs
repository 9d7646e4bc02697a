
namespace ChainHarness.Engine.Configuration;

/// <summary>A document of a scenario. <see cref="Inhoud"/> is its text; null: a generated text naming it.</summary>
public sealed class ScenarioDocument
{
    public string Bestandsnaam { get; set; } = "";

    /// <summary>The indieningsvereiste (bijlageType) it satisfies, e.g. <c>Bouwtekening</c>.</summary>
    public string DocumentType { get; set; } = "";

    public bool Vertrouwelijk { get; set; }

    /// <summary>
    /// Attached on the applicant's own initiative (e.g. a machtiging), even when the indieningsvereisten
    /// do not ask for it. Default false: attached only when its type is asked for.
    /// </summary>
    public bool Aanvullend { get; set; }

    public string? Inhoud { get; set; }
}
