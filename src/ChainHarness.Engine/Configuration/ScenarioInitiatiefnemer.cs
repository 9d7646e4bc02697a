
namespace ChainHarness.Engine.Configuration;

/// <summary>The (fictional) applicant of a scenario. Bsn, e-mail and telephone are confidential data.</summary>
public sealed class ScenarioInitiatiefnemer
{
    public string Naam { get; set; } = "";

    public string? Bsn { get; set; }

    public string? Emailadres { get; set; }

    public string? Telefoon { get; set; }

    public Postadres? Correspondentieadres { get; set; }

    public IEnumerable<string> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Naam))
        {
            yield return Texts.OptionTexts.Empty($"{path}:Naam").ToString();
        }

        if (Correspondentieadres is null)
        {
            yield return Texts.OptionTexts.AdresRequired($"{path}:Correspondentieadres").ToString();
        }
    }
}
