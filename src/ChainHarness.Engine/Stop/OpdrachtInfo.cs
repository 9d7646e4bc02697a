namespace ChainHarness.Engine.Stop;

/// <summary>
/// <c>opdracht.xml</c>: the root element names the service (see <see cref="LvbbOpdrachtSoort"/>)
/// and must lie in the LVBB namespace.
/// </summary>
public sealed record OpdrachtInfo(
    string Soort,
    string Namespace,
    string? IdLevering,
    string? IdBevoegdGezag,
    string? IdAanleveraar,
    string? Publicatie,
    string? DatumBekendmaking)
{
    public bool InLvbbNamespace => Namespace == StopNamespaces.Lvbb.NamespaceName;
}
