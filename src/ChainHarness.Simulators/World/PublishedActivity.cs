namespace ChainHarness.Simulators.World;

/// <summary>An OW activiteit as Ozon holds it after publication (and as the RTR copies it).</summary>
/// <param name="OwId">e.g. <c>nl.imow-gm9999.activiteit.dakkapelbouwen</c>.</param>
/// <param name="Naam">e.g. <c>Dakkapel bouwen</c>.</param>
/// <param name="BevoegdGezag">e.g. <c>gm9999</c>.</param>
/// <param name="LocationIds">OW ids of the locaties (werkingsgebieden) the activity applies at.</param>
/// <param name="RegelingWorkId">AKN work of the regeling it was published in; null for a preset (bruidsschat) activity.</param>
public sealed record PublishedActivity(string OwId, string Naam, string BevoegdGezag, IReadOnlyList<string> LocationIds, string? RegelingWorkId);
