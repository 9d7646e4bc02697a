
namespace ChainHarness.Engine.Configuration;

/// <summary>
/// What an initiatiefnemer does in the Omgevingsloket, as a file (JSON): the check (step 8a) and the
/// aanvraag (step 8b) at one location. The built-in one is <c>fixtures/loket/testdorp-dakkapel.json</c>.
/// </summary>
public sealed class LoketScenario
{
    public string Naam { get; set; } = "";

    /// <summary>Where the project is (RD New). Null: the profile's test location.</summary>
    public LocationOptions? Locatie { get; set; }

    public CheckScenario Check { get; set; } = new();

    public AanvraagScenario Aanvraag { get; set; } = new();

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Naam))
        {
            yield return Texts.OptionTexts.Empty("Naam").ToString();
        }

        foreach (var error in (Locatie?.Validate("Locatie") ?? []).Concat(Check.Validate("Check")).Concat(Aanvraag.Validate("Aanvraag")))
        {
            yield return error;
        }
    }
}
