using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Steps.Step11Samenwerking;

/// <summary>
/// What step 11 asks of the case handler: a samenwerking for advice on the verzoek, one ordinary
/// (RV) and one strictly confidential (SV) document, and one actieverzoek to the partner. The SV
/// document is what tells a partner with privilege VT from one with BT (F20).
/// </summary>
internal static class CollaborationScenario
{
    public const string SamenwerkVorm = "Advies";

    public const string Actieverzoek = "Geef advies over de aanvraag, binnen de termijn.";

    public static IReadOnlyList<SharedDocument> Documents { get; } =
    [
        new("Situatietekening.pdf", SharedDocument.RegulierVertrouwelijk),
        new("Constructieberekening.pdf", SharedDocument.StriktVertrouwelijk),
    ];

    public static CollaborationPlan For(string verzoeknummer, PartyOptions partner) =>
        new(verzoeknummer, SamenwerkVorm, partner.Name, partner.Oin, partner.Privilege, Documents, Actieverzoek);
}
