using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Afhandelen;

/// <summary>
/// Splits a verzoek over its uitvoerende instanties: each activity goes to the behandeldienst it is
/// routed to (<see cref="VerzoekenState.Route"/>, step 10), otherwise to the bevoegd gezag.
/// </summary>
public static class Verdeling
{
    public static IReadOnlyList<VerzoekDeel> Delen(VerzoekGegevens gegevens, Partij bevoegdGezag, VerzoekenState state) =>
    [
        .. gegevens.Activiteiten
            .GroupBy(a => state.RoutedTo(a.ImowId) ?? bevoegdGezag)
            .Select(g => new VerzoekDeel(g.Key, [.. g])),
    ];
}
