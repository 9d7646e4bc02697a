namespace ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

/// <summary>
/// One <c>gzd</c> record of an SRU 2.0 <c>searchRetrieveResponse</c> of repository.overheid.nl, read by
/// local names ([seen]): <c>dcterms:identifier</c> (<c>gmb-2026-123456</c>), title, the <c>dcterms:type</c>
/// values, <c>dcterms:creator</c> (the organisation, "Utrecht" not "Gemeente Utrecht"), the dates
/// (<c>date</c> dagtekening, <c>available</c> publicatiedatum), the journal (<c>publicatienaam</c>, e.g.
/// Gemeenteblad), <c>dcterms:source</c> when present and the <c>preferredUrl</c>.
/// </summary>
public sealed record SruRecord(
    string Identifier,
    string Title,
    IReadOnlyList<string> Types,
    string? Creator,
    string? Date,
    string? Available,
    string? Publicatienaam,
    string? Source,
    string? PreferredUrl);
