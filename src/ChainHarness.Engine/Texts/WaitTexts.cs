using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>What a step waits on while it polls ("wacht op …"), with the observed ids.</summary>
public static class WaitTexts
{
    public static Bilingual LvbbVerslag(string idLevering) => new($"het LVBB-verslag op {idLevering}", $"the LVBB verslag on {idLevering}");

    public static Bilingual Bekendmaking(string besluit) => new($"officielebekendmakingen.nl met {besluit}", $"officielebekendmakingen.nl listing {besluit}");

    public static Bilingual Ozon(string regeling) => new($"Ozon met {regeling}", $"Ozon showing {regeling}");

    public static Bilingual RtrActivity(string activity) => new($"de RTR met activiteit {activity}", $"the RTR to list activity {activity}");

    public static Bilingual RtrRules(string activity) => new($"de RTR met de regels van {activity}", $"the RTR to list the rules of {activity}");

    public static Bilingual VthZaak(string verzoek) => new($"de zaak voor verzoek {verzoek} in het VTH-systeem", $"the zaak for verzoek {verzoek} in the VTH system");

    public static Bilingual Ontvangstbevestiging(string zaak) => new($"de ontvangstbevestiging van zaak {zaak}", $"the ontvangstbevestiging of zaak {zaak}");

    public static Bilingual OdZaak(string verzoek, string od) => new($"de zaak voor verzoek {verzoek} in het systeem van {od}", $"the zaak for verzoek {verzoek} in {od}'s system");

    public static Bilingual OdLetter(string od) => new($"de brief van {od} aan de initiatiefnemer", $"the letter from {od} to the applicant");

    public static Bilingual PartnerOpens(string partner, string samenwerking) => new(
        $"partner {partner} die samenwerking {samenwerking} opent", $"partner {partner} to open samenwerking {samenwerking}");

    public static Bilingual ActieverzoekGereed(string actieverzoek) => new(
        $"de notificatie dat actieverzoek {actieverzoek} GEREED is", $"the notification that actieverzoek {actieverzoek} is GEREED");
}
