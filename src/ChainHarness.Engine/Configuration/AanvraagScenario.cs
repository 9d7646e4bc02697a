
namespace ChainHarness.Engine.Configuration;

/// <summary>The aanvraag of a scenario: what the initiatiefnemer fills in, answers and attaches.</summary>
public sealed class AanvraagScenario
{
    /// <summary>Aanvraag vergunning, Melding, Informatie or Vooroverleg. Default <c>Aanvraag vergunning</c>.</summary>
    public string Type { get; set; } = "Aanvraag vergunning";

    public string Projectnaam { get; set; } = "";

    public string? Projectomschrijving { get; set; }

    public ScenarioInitiatiefnemer Initiatiefnemer { get; set; } = new();

    /// <summary>
    /// Other activities (OW ids) of the same aanvraag, each asked for its own indieningsvereisten by its
    /// own functioneleStructuurRef, e.g. a milieu activity the profile routes to a behandeldienst.
    /// </summary>
    public List<string> ExtraActiviteiten { get; set; } = [];

    /// <summary>Answers to the indieningsvereisten questions, by question id.</summary>
    public Dictionary<string, string> Antwoorden { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The applicant's documents. Every document the indieningsvereisten ask for is attached: the one
    /// listed here for its type, or a generated one. Documents not asked for are attached only when
    /// marked <see cref="ScenarioDocument.Aanvullend"/>.
    /// </summary>
    public List<ScenarioDocument> Documenten { get; set; } = [];

    public IEnumerable<string> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Projectnaam))
        {
            yield return Texts.OptionTexts.Empty($"{path}:Projectnaam").ToString();
        }

        foreach (var error in Initiatiefnemer.Validate($"{path}:Initiatiefnemer"))
        {
            yield return error;
        }

        foreach (var id in ExtraActiviteiten.Where(id => !id.StartsWith("nl.imow-", StringComparison.Ordinal)))
        {
            yield return Texts.OptionTexts.NotAnActivity($"{path}:ExtraActiviteiten", id, "nl.imow-….activiteit.…").ToString();
        }

        foreach (var (document, i) in Documenten.Select((d, i) => (d, i)))
        {
            if (string.IsNullOrWhiteSpace(document.Bestandsnaam) || string.IsNullOrWhiteSpace(document.DocumentType))
            {
                yield return Texts.OptionTexts.DocumentNeeds($"{path}:Documenten:{i}").ToString();
            }
        }

        foreach (var name in Documenten.GroupBy(d => d.Bestandsnaam, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return Texts.OptionTexts.FileNameTwice($"{path}:Documenten", name.Key).ToString();
        }
    }
}
