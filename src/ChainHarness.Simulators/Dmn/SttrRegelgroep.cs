namespace ChainHarness.Simulators.Dmn;

/// <summary>An STTR regelgroep (inter:regelgroep): questions are asked group by group, by priority.</summary>
public sealed record SttrRegelgroep(string Id, string Naam, int Prioriteit);
