namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// The melding codes of the simulated LVBB, one per check. <c>LVBB…</c> codes are the LVBB's own, with the
/// meaning Geonovum's validatiematrix gives them (contracts/lvbb, MATRIX); every <c>CHS-…</c> code is of our
/// design (ChainHarness Simulator) where the real one is not known, and will not match a real verslag.
/// </summary>
public static class MeldingCodes
{
    /// <summary>Real LVBB code: datumBekendmaking lies in the past.</summary>
    public const string DatumBekendmakingInVerleden = "LVBB1501";

    /// <summary>Real: manifest-ow.xml must be there (here: for a directe mutatie).</summary>
    public const string OwManifestVerplicht = "LVBB1027";

    /// <summary>Real: manifest-ow.xml must not be there (here: for a breekPublicatieAfOpdracht).</summary>
    public const string OwManifestVerboden = "LVBB1028";

    /// <summary>Real: the AKN in the opdracht has <c>bill</c> as its third field.</summary>
    public const string AknGeenBill = "LVBB1502";

    /// <summary>Real: the AKN to break off exists.</summary>
    public const string AfbrekenAknBestaatNiet = "LVBB1551";

    /// <summary>Real: the datumBekendmaking of the besluit to break off lies in the future.</summary>
    public const string AfbrekenDatumVerstreken = "LVBB1553";

    /// <summary>Real: a besluit to break off sets no regeling version that another besluit changes (was-versie).</summary>
    public const string AfbrekenLaterGebruikt = "LVBB1558";

    /// <summary>Real: the afbreekopdracht's idBevoegdGezag is that of the opdracht it breaks off.</summary>
    public const string AfbrekenAnderBevoegdGezag = "LVBB1568";

    /// <summary>Real: a directe mutatie only on a regeling version whose besluit is published.</summary>
    public const string DirecteMutatieOngepubliceerd = "LVBB1600";

    /// <summary>Real: a directe mutatie's manifest-ow.xml has at most one Aanlevering.</summary>
    public const string DirecteMutatieMeerAanleveringen = "LVBB1601";

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
    public const string IntrekkingOnvolledig = "CHS-INT-01";
    public const string BeeindigdOnbekend = "CHS-INT-02";
    public const string DirecteMutatieBestandOntbreekt = "CHS-DM-01";
}
