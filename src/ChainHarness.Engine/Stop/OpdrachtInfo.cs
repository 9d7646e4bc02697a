namespace ChainHarness.Engine.Stop;

/// <summary>
/// <c>opdracht.xml</c>: the root element names the service (see <see cref="LvbbOpdrachtSoort"/>)
/// and must lie in the LVBB namespace. <see cref="Identificatie"/> is the AKN of the besluit a
/// <c>breekPublicatieAfOpdracht</c> breaks off; <see cref="DirecteMutatie"/> the file a directe mutatie names (optional: an
/// OW-only directe mutatie names none). Both OFFICIAL, lvbb-transport.xsd.
/// </summary>
public sealed record OpdrachtInfo(
    string Soort,
    string Namespace,
    string? IdLevering,
    string? IdBevoegdGezag,
    string? IdAanleveraar,
    string? Publicatie,
    string? DatumBekendmaking,
    string? Identificatie = null,
    string? DirecteMutatie = null)
{
    public bool InLvbbNamespace => Namespace == StopNamespaces.Lvbb.NamespaceName;
}
