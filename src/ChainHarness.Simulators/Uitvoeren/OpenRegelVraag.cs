namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>A question the rules still ask: its id (the uitvoeringsregel), text, data type and options.</summary>
public sealed record OpenRegelVraag(string Id, string Vraag, string? GegevensType, IReadOnlyList<string> Opties);
