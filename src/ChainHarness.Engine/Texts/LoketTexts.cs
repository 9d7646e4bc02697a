using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Steps 8a, 9a and 9b: the vergunningcheck, the zaak in the VTH system and the ontvangstbevestiging, with the observed ids and answers.</summary>
public static class LoketTexts
{
    public static Bilingual SearchFailed(Bilingual answered) => new(
        $"De zoekfunctie van het loket (Zoekinterface) {answered.Dutch}.", $"The loket's search (Zoekinterface) {answered.English}.");

    /// <summary>The search for <paramref name="term"/> found <paramref name="found"/> (null: nothing), not the werkzaamheid.</summary>
    public static Bilingual WerkzaamheidNotFound(string term, string? found, string werkzaamheid) => new(
        $"Zoeken in het loket op '{term}' vindt {found ?? "niets"}, niet de werkzaamheid '{werkzaamheid}': die is niet aan de toepasbare regels gekoppeld, dus wie met alledaagse woorden zoekt komt nooit bij de vragen.",
        $"Searching the loket for '{term}' finds {found ?? "nothing"}, not the werkzaamheid '{werkzaamheid}': it is not linked to the toepasbare regels, so citizens searching by everyday words never reach the questions.");

    public static Bilingual NoActivityForCheck(string fsr, string x, string y, string date, Bilingual answered) => new(
        $"Toepasbare regels uitvoeren gaf de check geen activiteit voor {fsr} op {x}, {y} op {date}: de dienst {answered.Dutch}.",
        $"Toepasbare regels uitvoeren gave the check no activity for {fsr} at {x}, {y} on {date}: it {answered.English}.");

    public static Bilingual UnexpectedQuestion(string tekst, string id, string expected) => new(
        $"De check vraagt '{tekst}' ({id}), wat het scenario niet verwacht; verwachte vragen: {expected}.",
        $"The check asks '{tekst}' ({id}), which the scenario does not expect; expected questions: {expected}.");

    public static Bilingual NeitherConcludesNorAsks(string fsr, int answers) => new(
        $"De check voor {fsr} komt na {answers} antwoorden niet tot een conclusie en stelt geen vraag die het scenario kan beantwoorden.",
        $"The check for {fsr} neither concludes nor asks a question the scenario can answer after {answers} answers.");

    public static Bilingual Stalls(string werkzaamheid, int questions, string expected) => new(
        $"De check voor '{werkzaamheid}' loopt vast: na {questions} vraag/vragen eindigt die in 'Neem contact op met uw gemeente' (NeemContactOpMet) in plaats van de conclusie {expected}.",
        $"The check for '{werkzaamheid}' stalls: after {questions} question(s) it ends in 'Neem contact op met uw gemeente' (NeemContactOpMet) instead of the conclusion {expected}.");

    /// <summary>The questions asked and expected, by id; null: no questions.</summary>
    public static Bilingual OtherQuestions(string werkzaamheid, string? asked, string? expected) => new(
        $"De check voor '{werkzaamheid}' vroeg {asked ?? "geen vragen"}, maar {expected ?? "geen vragen"} werd verwacht.",
        $"The check for '{werkzaamheid}' asked {asked ?? "no questions"}, but {expected ?? "no questions"} were expected.");

    public static Bilingual OtherConclusion(string werkzaamheid, string conclusie, string expected) => new(
        $"De check voor '{werkzaamheid}' concludeerde {conclusie}, maar {expected} werd verwacht.",
        $"The check for '{werkzaamheid}' concluded {conclusie}, but {expected} was expected.");

    public static Bilingual NoZaak(string verzoek, string seconds) => new(
        $"Het VTH-systeem heeft na {seconds} s geen zaak voor verzoek {verzoek}: de verzoeknotificatie kwam niet aan, of het verzoek kon niet worden opgehaald of gelezen.",
        $"The VTH system has no zaak for verzoek {verzoek} after {seconds} s: the verzoeknotificatie did not arrive, or the verzoek could not be fetched or read.");

    public static Bilingual ZaakNote(string zaak) => new($"VTH-systeem: zaak {zaak}", $"VTH system: zaak {zaak}");

    public static Bilingual ZaakNoteDetail(int answers, string attachments) => new(
        $"{answers} antwoorden; bijlagen: {attachments}", $"{answers} answers; attachments: {attachments}");

    public static Bilingual ZaakIncomplete(string zaak, string verzoek, Bilingual problems) => new(
        $"Zaak {zaak} in het VTH-systeem bevat verzoek {verzoek} niet volledig: {problems.Dutch}.",
        $"Zaak {zaak} in the VTH system does not hold verzoek {verzoek} completely: {problems.English}.");

    public static Bilingual AnswerMissing(string vraag) => new($"het antwoord op {vraag} ontbreekt", $"the answer to {vraag} is missing");

    public static Bilingual AnswerDiffers(string vraag, string seen, string submitted) => new(
        $"het antwoord op {vraag} is '{seen}', maar '{submitted}' werd ingediend", $"the answer to {vraag} is '{seen}', but '{submitted}' was submitted");

    public static Bilingual AttachmentMissing(string file, bool vertrouwelijk) => new(
        $"de bijlage '{file}'{(vertrouwelijk ? " (vertrouwelijk)" : "")} ontbreekt", $"the attachment '{file}'{(vertrouwelijk ? " (vertrouwelijk)" : "")} is missing");

    public static Bilingual AttachmentDiffers(string file) => new(
        $"de bijlage '{file}' wijkt af van de ingediende", $"the attachment '{file}' differs from the one submitted");

    public static Bilingual NoReceipt(string zaak, string verzoek, string seconds) => new(
        $"Het VTH-systeem stuurde de initiatiefnemer binnen {seconds} s geen ontvangstbevestiging voor zaak {zaak} (verzoek {verzoek}).",
        $"The VTH system sent the applicant no ontvangstbevestiging for zaak {zaak} (verzoek {verzoek}) within {seconds} s.");

    public static Bilingual ReceiptNote(string zaak) => new($"Ontvangstbevestiging van zaak {zaak}", $"Ontvangstbevestiging of zaak {zaak}");

    public static Bilingual ReceiptNoteDetail(string verzoek, string project, string to, string address, string attachments) => new(
        $"verzoeknummer {verzoek}; project {project}; aan {to}, {address}; bijlagen: {attachments}",
        $"verzoeknummer {verzoek}; project {project}; to {to}, {address}; attachments: {attachments}");

    public static Bilingual ReceiptWrong(string zaak, Bilingual problems) => new(
        $"De ontvangstbevestiging van zaak {zaak} bevat onjuiste gegevens: {problems.Dutch}.",
        $"The ontvangstbevestiging of zaak {zaak} carries wrong data: {problems.English}.");

    public static Bilingual ReceiptVerzoeknummer(string seen, string submitted) => new(
        $"het verzoeknummer is '{seen}', maar de aanvraag werd ingediend als {submitted}", $"the verzoeknummer is '{seen}', but the aanvraag was submitted as {submitted}");

    public static Bilingual ReceiptProject(string seen, string submitted) => new(
        $"het project is '{seen}', maar '{submitted}' werd ingediend", $"the project is '{seen}', but '{submitted}' was submitted");

    /// <summary>The attachments missing from and added to the receipt; null: none.</summary>
    public static Bilingual ReceiptAttachments(string? missing, string? extra) => new(
        $"de genoemde bijlagen wijken af van de ingediende (ontbrekend: {missing ?? "geen"}; niet ingediend: {extra ?? "geen"})",
        $"the attachments listed differ from those submitted (missing: {missing ?? "none"}; not submitted: {extra ?? "none"})");

    public static Bilingual ReceiptAddressee(string seen, string applicant) => new(
        $"ze is gericht aan '{seen}', niet aan de initiatiefnemer '{applicant}'", $"it is addressed to '{seen}', not to the applicant '{applicant}'");

    public static Bilingual ReceiptAddress(string seen, string applicant) => new(
        $"ze ging naar {seen}, niet naar het correspondentieadres van de initiatiefnemer {applicant}",
        $"it went to {seen}, not to the applicant's correspondence address {applicant}");
}
