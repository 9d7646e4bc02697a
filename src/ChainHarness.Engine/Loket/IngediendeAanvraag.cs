using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Loket;

/// <summary>
/// What step 8b submitted and the loket confirmed: the verzendbevestiging's verzoeknummer and date,
/// and everything 9a and 9b compare the zaak and the receipt with.
/// </summary>
public sealed record IngediendeAanvraag(
    string Verzoeknummer,
    DateOnly Indiendatum,
    string Projectnaam,
    string Initiatiefnemer,
    Postadres Correspondentieadres,
    IReadOnlyList<Antwoord> Antwoorden,
    IReadOnlyList<IngediendDocument> Documenten)
{
    /// <summary>The OW ids of the activities the verzendbevestiging confirmed (step 10 splits by them).</summary>
    public IReadOnlyList<string> ActiviteitIds { get; init; } = [];
}
