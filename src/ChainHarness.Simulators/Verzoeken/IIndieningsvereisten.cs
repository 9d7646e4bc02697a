namespace ChainHarness.Simulators.Verzoeken;

/// <summary>
/// What the toepasbare regels of an activity require for a verzoek at a location on a date, given
/// the answers so far: the questions still to answer and the documents to attach. The simulated
/// Toepasbare regels uitvoeren answers it over HTTP; the simulated Verzoek indienen checks a
/// submission against it.
/// </summary>
public interface IIndieningsvereisten
{
    Indieningsvereisten Bepaal(string functioneleStructuurRef, IReadOnlyList<Specificatie> antwoorden, RdPunt locatie, DateOnly datum);
}
