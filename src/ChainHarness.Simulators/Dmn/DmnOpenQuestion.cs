namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// An input the evaluation still needs, with what the STTR file says about asking it. Answer it in
/// <see cref="DmnAnswers"/> under <see cref="InputId"/>, <see cref="InputName"/> or <see cref="UitvoeringsregelId"/>.
/// </summary>
public sealed record DmnOpenQuestion(string InputId, string InputName)
{
    /// <summary>The uitvoeringsregel that asks it (the question id), when the file has one.</summary>
    public string? UitvoeringsregelId { get; init; }

    /// <summary>Vraag, GeoVerwijzing, Bijlage, …; Overig for an input without uitvoeringsregel or an aansluitpunt.</summary>
    public SttrRegelSoort Soort { get; init; } = SttrRegelSoort.Overig;

    /// <summary>The question text (vraagTekst) or document type (bijlageType); null when the file gives none.</summary>
    public string? Tekst { get; init; }

    /// <summary>boolean, number, string, date or list.</summary>
    public string? GegevensType { get; init; }

    public IReadOnlyList<string> Opties { get; init; } = [];

    /// <summary>For a geoVerwijzing: the OW locatie it asks about.</summary>
    public string? LocatieId { get; init; }

    public string? Regelgroep { get; init; }

    public string? Toelichting { get; init; }

    /// <summary>Sort key: regelgroep priority, then question priority, then order in the file.</summary>
    internal (int Group, int Priority, int Order) SortKey { get; init; }
}
