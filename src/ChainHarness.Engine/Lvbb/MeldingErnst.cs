namespace ChainHarness.Engine.Lvbb;

/// <summary>The ernst of an LVBB melding. Only <see cref="Fout"/> blocks a delivery.</summary>
public static class MeldingErnst
{
    public const string Fout = "fout";

    public const string Waarschuwing = "waarschuwing";

    public const string Informatie = "informatie";

    /// <summary>LVBB 1.3.0-ic: a construction that will not be allowed in a later version (STOP Schematron role <c>ontraden</c>).</summary>
    public const string Ontraden = "ontraden";
}
