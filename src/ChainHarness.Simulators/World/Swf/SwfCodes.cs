namespace ChainHarness.Simulators.World.Swf;

/// <summary>
/// The codes of the Samenwerkfunctionaliteit v4: privileges, vertrouwelijkheid, statuses and
/// notification types. Privilege and vertrouwelijkheid codes follow the domain brief; the
/// notification types are our design (the official OpenAPI is not public).
/// </summary>
public static class SwfCodes
{
    /// <summary>Privilege: behandelen; sees documents marked RV only.</summary>
    public const string Behandelen = "BT";

    /// <summary>Privilege: vertrouwelijk; sees RV and SV documents.</summary>
    public const string Vertrouwelijk = "VT";

    /// <summary>Vertrouwelijkheid: strikt vertrouwelijk; only VT partners see it.</summary>
    public const string StriktVertrouwelijk = "SV";

    /// <summary>Vertrouwelijkheid: regulier vertrouwelijk; every partner sees it.</summary>
    public const string RegulierVertrouwelijk = "RV";

    public const string Open = "OPEN";

    public const string Gesloten = "GESLOTEN";

    public const string Gereed = "GEREED";

    public const string Ingetrokken = "INGETROKKEN";

    public const string Eigenaar = "EIGENAAR";

    public const string Partner = "PARTNER";

    public const string Uitnodiging = "UITNODIGING";

    public const string DocumentGedeeld = "DOCUMENT_GEDEELD";

    public const string ActieverzoekOntvangen = "ACTIEVERZOEK";

    public const string ActieverzoekGereed = "ACTIEVERZOEK_GEREED";

    public const string ActieverzoekIngetrokken = "ACTIEVERZOEK_INGETROKKEN";

    public const string SamenwerkingGestopt = "SAMENWERKING_GESTOPT";

    public static bool IsPrivilege(string? code) => code is Behandelen or Vertrouwelijk;

    public static bool IsVertrouwelijkheid(string? code) => code is StriktVertrouwelijk or RegulierVertrouwelijk;
}
