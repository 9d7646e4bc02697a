namespace ChainHarness.Simulators.Rtr;

/// <summary>The shape of <c>bestaande-inhoud.json</c>: existing activities and their locations.</summary>
internal sealed record ExistingContentFile(List<ExistingContentFile.Activiteit> Activiteiten, List<ExistingContentFile.Locatie> Locaties)
{
    public sealed record Activiteit(string OwId, string Naam, string BevoegdGezag, List<string> Locaties);

    public sealed record Locatie(string OwId, string Noemer, string Wkt);
}
