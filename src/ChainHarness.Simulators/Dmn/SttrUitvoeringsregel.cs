namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// An STTR uitvoeringsregel: how the value of an inputData is obtained. <see cref="Tekst"/> is the
/// question text (vraagTekst), the document type (bijlageType) or the waardeVraag of a fixed value.
/// </summary>
public sealed record SttrUitvoeringsregel(string Id, SttrRegelSoort Soort)
{
    public string? Tekst { get; init; }

    /// <summary>STTR gegevensType: boolean, number, string, date or list.</summary>
    public string? GegevensType { get; init; }

    /// <summary>The answer options of a list question (uitv:optieText), in sequence order.</summary>
    public IReadOnlyList<string> Opties { get; init; } = [];

    /// <summary>The fixed value of a vasteWaarde, as written in the file.</summary>
    public string? VasteWaarde { get; init; }

    /// <summary>The OW locatie a geoVerwijzing asks about, e.g. <c>nl.imow-gm9999.gebied.dakkapelzone</c>.</summary>
    public string? LocatieId { get; init; }

    public SttrRegelgroep? Regelgroep { get; init; }

    /// <summary>inter:prioriteit; lower is asked first. Absent: after those that have one.</summary>
    public int Prioriteit { get; init; } = int.MaxValue;

    public string? Toelichting { get; init; }
}
