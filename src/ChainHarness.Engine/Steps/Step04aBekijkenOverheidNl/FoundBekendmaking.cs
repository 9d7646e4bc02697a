namespace ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

/// <summary>A publication as officielebekendmakingen.nl lists it; <see cref="Record"/> holds the whole SRU record (creator, type, journal, dates).</summary>
public sealed record FoundBekendmaking(string Identificatie, string Titel, string DatumBekendmaking)
{
    public SruRecord? Record { get; init; }
}
