namespace ChainHarness.Engine.Protocols;

/// <summary>
/// The ernst of a melding, as the DSO writes it: the LVBB's verslag and Regels verifiëren alike. Only <see cref="Fout"/>
/// blocks a delivery (or rejects a file).
/// </summary>
public static class MeldingErnst
{
    public const string Fout = "fout";

    public const string Waarschuwing = "waarschuwing";

    public const string Informatie = "informatie";

    /// <summary>LVBB 1.3.0-ic: a construction that will not be allowed in a later version (STOP Schematron role <c>ontraden</c>).</summary>
    public const string Ontraden = "ontraden";
}
