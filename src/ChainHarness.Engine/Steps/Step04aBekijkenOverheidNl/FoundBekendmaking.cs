namespace ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

/// <summary>A publication as officielebekendmakingen.nl lists it.</summary>
public sealed record FoundBekendmaking(string Identificatie, string Titel, string DatumBekendmaking);
