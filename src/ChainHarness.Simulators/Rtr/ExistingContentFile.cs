using ChainHarness.Engine.Ports;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// The shape of <c>bestaande-inhoud.json</c>: existing activities and their locations, and for an
/// activity optionally the toepasbare regels the RTR already holds for it (one DMN fixture per type).
/// </summary>
internal sealed record ExistingContentFile(List<ExistingContentFile.Activiteit> Activiteiten, List<ExistingContentFile.Locatie> Locaties)
{
    public sealed record Activiteit(string OwId, string Naam, string BevoegdGezag, List<string> Locaties, List<Regel>? ToepasbareRegels = null);

    public sealed record Locatie(string OwId, string Noemer, string Wkt);

    public sealed record Regel(RegelbeheerobjectType Type, string Bestand);
}
