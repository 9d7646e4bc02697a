namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// The melding codes of the simulated LVBB, one per check. <c>LVBB1501</c> is the LVBB's own code;
/// the LVBB does not publish its other codes, so every <c>CHS-…</c> code is of our design
/// (ChainHarness Simulator) and will not match a real verslag.
/// </summary>
public static class MeldingCodes
{
    /// <summary>Real LVBB code: datumBekendmaking lies in the past.</summary>
    public const string DatumBekendmakingInVerleden = "LVBB1501";

    public const string ZipOnleesbaar = "CHS-ZIP-01";
    public const string OpdrachtOntbreekt = "CHS-OPD-01";
    public const string OpdrachtNamespace = "CHS-OPD-02";
    public const string OpdrachtSoortNietOndersteund = "CHS-OPD-03";
    public const string OpdrachtVeldOntbreekt = "CHS-OPD-04";
    public const string IdLeveringPatroon = "CHS-IDL-01";
    public const string IdLeveringAlGebruikt = "CHS-IDL-02";
    public const string XmlNietWelgevormd = "CHS-XML-01";
    public const string ManifestOntbreekt = "CHS-MAN-01";
    public const string BestandNietInManifest = "CHS-MAN-02";
    public const string ManifestBestandOntbreekt = "CHS-MAN-03";
    public const string PublicatieOntbreekt = "CHS-PUB-01";
    public const string PublicatieGeenBesluit = "CHS-PUB-02";
    public const string DatumOngeldig = "CHS-DAT-01";
    public const string OwIdPatroon = "CHS-OW-01";
    public const string OwIdAnderBevoegdGezag = "CHS-OW-02";
    public const string OwVerwijzingOnbekend = "CHS-OW-03";
    public const string OwManifestOntbreekt = "CHS-OWM-01";
    public const string OwManifestBestandOntbreekt = "CHS-OWM-02";
    public const string OwBestandNietInOwManifest = "CHS-OWM-03";
    public const string WorkIdRegelingNietInBesluit = "CHS-OWM-04";
    public const string SchemaOngeldig = "CHS-XSD-01";
    public const string MutatieVanOnbekendeVersie = "CHS-MUT-01";
}
