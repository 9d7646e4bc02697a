namespace ChainHarness.Simulators.Rtr;

/// <summary>The body of <c>POST /activiteiten/_zoek</c> (our design): any of ids, a search term, an organisation code.</summary>
internal sealed record RtrSearch(List<string>? Identificaties, string? Zoekterm, string? OrganisatieCode);
