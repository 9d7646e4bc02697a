namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>The regelbeheerobjecten of an activity the loket evaluates.</summary>
public enum RegelSoort
{
    /// <summary>The vergunningcheck: does the activity need a permit (conclusie/_bepaal).</summary>
    Conclusie,

    /// <summary>What an aanvraag must carry: questions and documents (indieningsvereisten/_bepaal).</summary>
    Indieningsvereisten,
}
