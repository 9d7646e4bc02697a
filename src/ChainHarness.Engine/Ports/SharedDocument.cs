namespace ChainHarness.Engine.Ports;

/// <summary>A document shared in a samenwerking.</summary>
/// <param name="Vertrouwelijkheid">SV (strikt vertrouwelijk: only partners with privilege VT see it) or RV (every partner sees it).</param>
public sealed record SharedDocument(string Name, string Vertrouwelijkheid)
{
    public const string StriktVertrouwelijk = "SV";

    public const string RegulierVertrouwelijk = "RV";

    /// <summary>Whether a partner with this privilege is entitled to see the document.</summary>
    public bool VisibleWith(string privilege) => Vertrouwelijkheid != StriktVertrouwelijk || privilege == "VT";
}
