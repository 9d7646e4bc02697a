namespace ChainHarness.Engine.Stop;

/// <summary>One article of a regeling's text: its wId, number, heading and its text (the paragraphs, whitespace folded).</summary>
public sealed record ArtikelTekst(string WId, string? Nummer, string? Opschrift, string Tekst)
{
    /// <summary>A reader's label: <c>artikel 5.1 (Dakkapel bouwen)</c>, or the wId when it has no number.</summary>
    public string Label => Nummer is null ? WId : Opschrift is null ? $"artikel {Nummer}" : $"artikel {Nummer} ({Opschrift})";
}
