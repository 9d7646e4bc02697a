namespace ChainHarness.Simulators.Dmn;

/// <summary>The XML namespaces of DMN 1.1, 1.2 and 1.3, and of the STTR (IMTR) extension elements.</summary>
public static class DmnNamespaces
{
    public const string Dmn11 = "http://www.omg.org/spec/DMN/20151101/dmn.xsd";
    public const string Dmn12 = "http://www.omg.org/spec/DMN/20180521/MODEL/";
    public const string Dmn13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    /// <summary>Every STTR extension namespace starts with this (…/v1.0/Uitvoeringsregel, …/v2.0/Bedrijfsregel).</summary>
    public const string SttrBase = "http://toepasbare-regels.omgevingswet.overheid.nl/";

    /// <summary>The STTR 3 (IMTR v2.0) namespaces the harness writes.</summary>
    public const string Uitvoeringsregel = SttrBase + "v2.0/Uitvoeringsregel";
    public const string Interactieregel = SttrBase + "v2.0/Interactieregel";
    public const string Bedrijfsregel = SttrBase + "v2.0/Bedrijfsregel";
    public const string Content = SttrBase + "v2.0/Content";

    public static DmnVersion? VersionOf(string? ns) => ns switch
    {
        Dmn11 => DmnVersion.Dmn11,
        Dmn12 => DmnVersion.Dmn12,
        Dmn13 => DmnVersion.Dmn13,
        _ => null,
    };

    public static string Of(DmnVersion version) => version switch
    {
        DmnVersion.Dmn11 => Dmn11,
        DmnVersion.Dmn12 => Dmn12,
        _ => Dmn13,
    };
}
