
namespace ChainHarness.Engine.Configuration;

/// <summary>The vergunningcheck of a scenario: the everyday search word, the answers, and what must come out.</summary>
public sealed class CheckScenario
{
    /// <summary>What a citizen types in the loket's search, e.g. <c>dakkapel</c>.</summary>
    public string Zoekterm { get; set; } = "";

    /// <summary>The name of the werkzaamheid the search must find, e.g. <c>Dakkapel plaatsen</c>.</summary>
    public string Werkzaamheid { get; set; } = "";

    /// <summary>The answers the citizen gives, by question id.</summary>
    public Dictionary<string, string> Antwoorden { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The question ids the check must ask, in the order it asks them.</summary>
    public List<string> VerwachteVragen { get; set; } = [];

    /// <summary>The conclusion it must reach: Vergunningplicht, Meldingsplicht, Toestemmingsvrij, …</summary>
    public string VerwachteConclusie { get; set; } = "";

    public IEnumerable<string> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Zoekterm))
        {
            yield return Texts.OptionTexts.Empty($"{path}:Zoekterm").ToString();
        }

        if (string.IsNullOrWhiteSpace(Werkzaamheid))
        {
            yield return Texts.OptionTexts.Empty($"{path}:Werkzaamheid").ToString();
        }

        if (!Conclusies.Known.Contains(VerwachteConclusie))
        {
            yield return Texts.OptionTexts.NotOneOf($"{path}:VerwachteConclusie", VerwachteConclusie, Conclusies.Known).ToString();
        }

        foreach (var missing in VerwachteVragen.Where(v => !Antwoorden.ContainsKey(v)))
        {
            yield return Texts.OptionTexts.NoAnswerTo($"{path}:Antwoorden", missing).ToString();
        }
    }
}
