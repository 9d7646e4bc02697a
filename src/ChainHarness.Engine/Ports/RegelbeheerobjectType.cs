namespace ChainHarness.Engine.Ports;

/// <summary>The kinds of regelbeheerobject a rule set can be (the RTR's and the uitvoeren service's names).</summary>
public enum RegelbeheerobjectType
{
    /// <summary>The vergunningcheck: questions leading to Vergunningplicht, Toestemmingsvrij, ….</summary>
    Conclusie,

    /// <summary>What an aanvraag or melding needs: documents and questions.</summary>
    Indieningsvereisten,

    /// <summary>The measures someone must take to comply.</summary>
    Maatregelen,
}
