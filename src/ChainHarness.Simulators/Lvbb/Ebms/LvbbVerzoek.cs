namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>
/// One LVBB service as the transport XSD defines it (OFFICIAL, lvbb-transport.xsd 1.2.0 and 1.3.0-ic): the
/// leveringsverzoek's root, the opdracht it goes with, the answer's root, and the verslag's final value on
/// success and on failure. <see cref="Voortgang"/> is null where the verslag has no voortgang (afbreken).
/// </summary>
public sealed record LvbbVerzoek(string Verzoek, string Opdracht, string Succes, string Mislukt, string? Voortgang, bool Only130)
{
    public const string Versie120 = "1.2.0";

    public const string Versie130 = "1.3.0-ic";

    public static IReadOnlyList<LvbbVerzoek> All { get; } =
    [
        new("validatieVerzoek", "validatieOpdracht", "valide", "niet-valide", "validatie-voltooid", false),
        new("publicatieVerzoek", "publicatieOpdracht", "gepubliceerd", "niet-valide", "validatie-voltooid", false),
        new("breekPublicatieAfVerzoek", "breekPublicatieAfOpdracht", "ok", "behandeling-mislukt", null, false),
        new("validatieDirecteMutatieVerzoek", "validatieDirecteMutatieOpdracht", "valide", "niet-valide", "validatie-voltooid", false),
        new("directeMutatieVerzoek", "directeMutatieOpdracht", "ok", "niet-valide", "validatie-voltooid", false),
        new("validatieRevisieVerzoek", "validatieRevisieOpdracht", "valide", "niet-valide", "validatie-voltooid", true),
        new("revisieVerzoek", "revisieOpdracht", "mutatie-voltooid", "niet-valide", "validatie-voltooid", true),
        new("validatieProcedureverloopmutatieVerzoek", "validatieProcedureverloopmutatieOpdracht", "valide", "niet-valide", "validatie-voltooid", true),
        new("procedureverloopmutatieVerzoek", "procedureverloopmutatieOpdracht", "mutatie-voltooid", "niet-valide", "validatie-voltooid", true),
        new("validatieRegistratieVerzoek", "validatieRegistratieOpdracht", "valide", "niet-valide", "validatie-voltooid", true),
        new("registratieVerzoek", "registratieOpdracht", "registratie-voltooid", "niet-valide", "validatie-voltooid", true),
    ];

    /// <summary>The answer's root: the request's name plus <c>Resultaat</c>.</summary>
    public string Resultaat => Verzoek + "Resultaat";

    public bool IsPublicatie => Verzoek == "publicatieVerzoek";

    /// <summary>The service of an opdracht.xml root (the same in 1.2.0 and 1.3.0-ic for the ones both have).</summary>
    public static LvbbVerzoek? ForOpdracht(string opdracht) => All.FirstOrDefault(v => v.Opdracht == opdracht);

    public static LvbbVerzoek? Find(string verzoek, string versie) =>
        All.FirstOrDefault(v => v.Verzoek == verzoek && (!v.Only130 || versie == Versie130));
}
