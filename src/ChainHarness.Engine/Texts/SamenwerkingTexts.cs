using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Step 11: the samenwerking in the Samenwerkfunctionaliteit (SWF), the partner's view and the actieverzoek, with the observed ids, privileges and statuses.</summary>
public static class SamenwerkingTexts
{
    public static Bilingual NotStarted(string verzoek, string? problem) => new(
        $"Het zaaksysteem kon geen samenwerking starten voor verzoek {verzoek}: {problem ?? "het meldde geen samenwerkingId of actieverzoek"}.",
        $"The case system could not start a samenwerking for verzoek {verzoek}: {problem ?? "it reported no samenwerkingId or actieverzoek"}.");

    public static Bilingual Partner(string name, string oin) => Bilingual.Same($"Partner {name} (OIN {oin})");

    public static Bilingual PartnerWithPrivilege(string name, string oin, string? privilege) => Bilingual.Same($"Partner {name} (OIN {oin}, privilege {privilege})");

    public static Bilingual NotOpened(Bilingual partner, string samenwerking, string seconds, string verzoek) => new(
        $"{partner.Dutch} opende samenwerking {samenwerking} niet binnen {seconds} s: zijn systeem vond geen samenwerking voor verzoek {verzoek}.",
        $"{partner.English} did not open samenwerking {samenwerking} within {seconds} s: its system found no samenwerking for verzoek {verzoek}.");

    public static Bilingual NotificationNeverCame(Bilingual partner, string actieverzoek, string seconds) => new(
        $"{partner.Dutch} rondde actieverzoek {actieverzoek} af, maar de notificatie daarvan kwam binnen {seconds} s nooit terug bij het zaaksysteem.",
        $"{partner.English} completed actieverzoek {actieverzoek}, but the notification of that never came back to the case system within {seconds} s.");

    public static Bilingual NotCompleted(Bilingual partner, string actieverzoek, string vraag, string seconds, string? status) => new(
        $"{partner.Dutch} rondde actieverzoek {actieverzoek} ('{vraag}') niet af binnen {seconds} s: de Samenwerkfunctionaliteit toont het "
            + $"{(status is null ? "in een onbekende staat" : $"als {status}")} in plaats van GEREED, en er kwam geen notificatie terug bij het zaaksysteem.",
        $"{partner.English} did not complete actieverzoek {actieverzoek} ('{vraag}') within {seconds} s: the Samenwerkfunctionaliteit shows it "
            + $"{status ?? "in an unknown state"} instead of GEREED, and no notification came back to the case system.");

    public static Bilingual GereedButNotInSwf(string actieverzoek, string? status) => new(
        $"Het zaaksysteem hoorde dat actieverzoek {actieverzoek} GEREED is, maar de Samenwerkfunctionaliteit toont het {(status is null ? "in een onbekende staat" : $"als {status}")}.",
        $"The case system was told actieverzoek {actieverzoek} is GEREED, but the Samenwerkfunctionaliteit shows it {status ?? "in an unknown state"}.");

    public static Bilingual NotReadable(string samenwerking, Bilingual? problem) => new(
        $"Het zaaksysteem meldde samenwerking {samenwerking}, maar {problem?.Dutch}.",
        $"The case system reported samenwerking {samenwerking}, but {problem?.English}.");

    public static Bilingual WrongSamenwerking(string samenwerking, string? about, string? status, string verzoek) => new(
        $"Samenwerking {samenwerking} gaat over verzoek {about ?? "(geen)"} met status {status ?? "(geen)"}; verwacht: verzoek {verzoek} (uit stap 8b), status OPEN.",
        $"Samenwerking {samenwerking} is about verzoek {about ?? "(none)"} with status {status ?? "(none)"}; expected verzoek {verzoek} (from step 8b), status OPEN.");

    public static Bilingual DeelnemersUnreadable(string samenwerking, Bilingual? problem) => new(
        $"De deelnemers van samenwerking {samenwerking} waren niet te lezen: {problem?.Dutch}.",
        $"The deelnemers of samenwerking {samenwerking} could not be read: {problem?.English}.");

    public static Bilingual NotInvited(Bilingual partner, string samenwerking) => new(
        $"{partner.Dutch} is niet uitgenodigd voor samenwerking {samenwerking}.", $"{partner.English} was not invited to samenwerking {samenwerking}.");

    public static Bilingual DocumentsUnreadable(string samenwerking, Bilingual? problem) => new(
        $"De documenten van samenwerking {samenwerking} waren niet te lezen: {problem?.Dutch}.",
        $"The documents of samenwerking {samenwerking} could not be read: {problem?.English}.");

    public static Bilingual NotShared(string documents, string samenwerking) => new(
        $"Het zaaksysteem deelde {documents} niet in samenwerking {samenwerking}.", $"The case system did not share {documents} in samenwerking {samenwerking}.");

    public static Bilingual OtherSamenwerking(Bilingual partner, string opened, string started) => new(
        $"{partner.Dutch} opende samenwerking {opened}, niet {started} die het zaaksysteem startte.",
        $"{partner.English} opened samenwerking {opened}, not {started} that the case system started.");

    public static Bilingual PrivilegeHidesSv(string? privilege) => new(
        $"de Samenwerkfunctionaliteit geeft hem privilege {privilege}, dat strikt vertrouwelijke (SV) documenten verbergt; hij heeft VT nodig, zoals geconfigureerd",
        $"the Samenwerkfunctionaliteit gives it privilege {privilege}, which hides strictly confidential (SV) documents; it needs VT as configured");

    public static Bilingual NotShown { get; } = new("de Samenwerkfunctionaliteit toonde het niet", "the Samenwerkfunctionaliteit did not show it");

    public static Bilingual CannotSee(Bilingual partner, bool strictlyConfidential, string document, string samenwerking, Bilingual why) => new(
        $"{partner.Dutch} kan het {(strictlyConfidential ? "strikt vertrouwelijke (SV)" : "gewone (RV)")} document '{document}' in samenwerking {samenwerking} niet zien: {why.Dutch}.",
        $"{partner.English} cannot see the {(strictlyConfidential ? "strictly confidential (SV)" : "ordinary (RV)")} document '{document}' in samenwerking {samenwerking}: {why.English}.");

    public static Bilingual Leak(Bilingual partner, string documents, string samenwerking, string privilege) => new(
        $"{partner.Dutch} zag {documents} in samenwerking {samenwerking}, wat privilege {privilege} niet toestaat: vertrouwelijke documenten lekken.",
        $"{partner.English} saw {documents} in samenwerking {samenwerking}, which privilege {privilege} does not allow: confidential documents leak.");

    public static Bilingual SwfAnswered(Bilingual answered, string path) => new(
        $"de Samenwerkfunctionaliteit {answered.Dutch} (GET {path})", $"the Samenwerkfunctionaliteit {answered.English} (GET {path})");

    public static Bilingual SwfNotJson(string path) => new(
        $"de Samenwerkfunctionaliteit beantwoordde GET {path} met iets dat geen JSON is", $"the Samenwerkfunctionaliteit answered GET {path} with something that is not JSON");

    public static Bilingual NoEmbedded(string path, string name) => new(
        $"het antwoord op GET {path} heeft geen _embedded.{name}", $"the answer to GET {path} has no _embedded.{name}");
}
