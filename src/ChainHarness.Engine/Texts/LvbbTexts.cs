using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Steps 2 and 3 and the LVBB: what a validation or publication came to, with the observed ids, statuses and meldingen.</summary>
public static class LvbbTexts
{
    public static Bilingual NoVerslag(string opdracht, string idLevering, string seconds, Bilingual? seen = null) => new(
        $"De LVBB gaf binnen {seconds} s geen verslag op {opdracht} {idLevering}: ze heeft de opdracht en die is nog in verwerking{(seen is null ? "" : $" (gezien: {seen.Dutch})")}.",
        $"The LVBB gave no verslag on {opdracht} {idLevering} within {seconds} s: it has the opdracht and it is still in processing{(seen is null ? "" : $" (seen: {seen.English})")}.");

    public static Bilingual OtherLevering(string opdracht, string idLevering, string other, string status) => new(
        $"De LVBB beantwoordde de vraag naar het verslag op {opdracht} {idLevering} met het verslag van een andere levering ({other}, status {status}): dat hoort niet bij deze opdracht en zegt er niets over.",
        $"The LVBB answered the request for the verslag on {opdracht} {idLevering} with the verslag of another levering ({other}, status {status}): it does not belong to this opdracht, so it says nothing about it.");

    public static Bilingual VerslagOffline(string opdracht, string idLevering, string seconds, Bilingual seen) => new(
        $"De LVBB was niet te bereiken voor het verslag op {opdracht} {idLevering}: {seconds} s lang gezien: {seen.Dutch}. Deze kant is offline (geen netwerk of een onbekende naam); de LVBB is niet zien hangen.",
        $"The LVBB could not be reached for the verslag on {opdracht} {idLevering}: for {seconds} s seen: {seen.English}. This side is offline (no network, or the name is not known); the LVBB was not seen to be stuck.");

    public static Bilingual VerslagOutage(string opdracht, string idLevering, string seconds, Bilingual seen) => new(
        $"De LVBB is buiten werking: {seconds} s lang is om het verslag op {opdracht} {idLevering} gevraagd; gezien: {seen.Dutch}. Een storing, geen opdracht die in verwerking hangt.",
        $"The LVBB is out of order: for {seconds} s the verslag on {opdracht} {idLevering} was asked; seen: {seen.English}. An outage, not an opdracht stuck in processing.");

    public static Bilingual VerslagRateLimited(string opdracht, string idLevering, string seconds, Bilingual seen) => new(
        $"De LVBB beperkte de vragen naar het verslag op {opdracht} {idLevering}: {seconds} s lang gezien: {seen.Dutch} (begrensd, niet in verwerking blijven hangen).",
        $"The LVBB limited the requests for the verslag on {opdracht} {idLevering}: for {seconds} s seen: {seen.English} (rate limited, not stuck in processing).");

    public static Bilingual VerslagNoAnswer(string opdracht, string idLevering, string seconds, Bilingual seen) => new(
        $"De LVBB antwoordde niet op tijd op de vraag naar het verslag op {opdracht} {idLevering}: {seconds} s lang gezien: {seen.Dutch}.",
        $"The LVBB did not answer the request for the verslag on {opdracht} {idLevering} in time: for {seconds} s seen: {seen.English}.");

    public static Bilingual VerslagUnknownOpdracht(string opdracht, string idLevering, Bilingual seen) => new(
        $"De LVBB kent {opdracht} {idLevering} niet (gezien: {seen.Dutch}). De opdracht bereikte de LVBB nooit onder dit idLevering; ze hangt niet in verwerking.",
        $"The LVBB does not know {opdracht} {idLevering} (seen: {seen.English}). The opdracht never reached the LVBB under this idLevering; it is not stuck in processing.");

    public static Bilingual VerslagOther(string opdracht, string idLevering, string seconds, Bilingual seen) => new(
        $"De LVBB gaf binnen {seconds} s geen verslag op {opdracht} {idLevering}; gezien: {seen.Dutch}.",
        $"The LVBB gave no verslag on {opdracht} {idLevering} within {seconds} s; seen: {seen.English}.");

    public static Bilingual NeverReached(string opdracht, string idLevering, string detail) => new(
        $"{opdracht} {idLevering} bereikte de LVBB niet als een opdracht die zij weigerde of innam: {detail}",
        $"{opdracht} {idLevering} did not reach the LVBB as an opdracht it refused or took in: {detail}");

    public static Bilingual UnreadableVerslag(string opdracht, string idLevering, Bilingual? problem = null) => new(
        $"Het verslag van de LVBB op {opdracht} {idLevering} is niet te lezen{(problem is null ? "" : $": {problem.Dutch}")}.",
        $"The LVBB's verslag on {opdracht} {idLevering} cannot be read{(problem is null ? "" : $": {problem.English}")}.");

    public static Bilingual Rejected(string idLevering, string status, string meldingen) => new(
        $"De LVBB keurde de levering in validatieOpdracht {idLevering} af (verslag: {status}): {meldingen}.",
        $"The LVBB rejected the delivery in validatieOpdracht {idLevering} (verslag: {status}): {meldingen}.");

    public static Bilingual ChangeDoesNotFit { get; } = new(
        " De wijziging past niet op de regeling zoals de LVBB die heeft, dus er kan niets nieuws in de viewer verschijnen.",
        " The change does not fit the regeling as the LVBB holds it, so nothing new can show in the viewer.");

    public static Bilingual Validated(string idLevering, int warnings) => new(
        $"De LVBB valideerde {idLevering}: geen blokkerende meldingen" + (warnings > 0 ? $", {warnings} waarschuwing(en)." : "."),
        $"The LVBB validated {idLevering}: no blocking meldingen" + (warnings > 0 ? $", {warnings} waarschuwing(en)." : "."));

    public static Bilingual StatusesDisagree(string shown) => new(
        $" Toch toont de plansoftware '{shown}': de statussen spreken elkaar tegen.", $" Yet the plan software shows '{shown}': the statuses disagree.");

    public static Bilingual WithdrawalFailed(string withdrawn) => new(
        $" De wijziging trekt {withdrawn} in (intrekking): het intrekken ging mis tussen de plansoftware en de LVBB.",
        $" The change withdraws {withdrawn} (intrekking): withdrawing went wrong between the plan software and the LVBB.");

    public static Bilingual NotPublished(string idLevering, string status, string meldingen) => new(
        $"De LVBB publiceerde {idLevering} niet (verslag: {status}): {meldingen}.", $"The LVBB did not publish {idLevering} (verslag: {status}): {meldingen}.");

    public static Bilingual As(string besluit, string bekendmaking) => new($"{besluit} als {bekendmaking}", $"{besluit} as {bekendmaking}");

    public static Bilingual Published(string what, string shown) => new(
        $"De LVBB publiceerde {what}; de plansoftware toont '{shown}'.", $"The LVBB published {what}; the plan software shows '{shown}'.");

    public static Bilingual NoStatus { get; } = new("geen status", "no status");

    public static Bilingual StillPending(string what, string seconds, string shown) => new(
        $"De LVBB publiceerde {what} (verslag: gepubliceerd), maar na {seconds} s toont de plansoftware nog steeds '{shown}' in plaats van een eindstatus.",
        $"The LVBB published {what} (verslag: gepubliceerd), but after {seconds} s the plan software still shows '{shown}' instead of a final status.");

    public static Bilingual ShownButPublished(string shown, string idLevering, string what) => new(
        $"De plansoftware toont '{shown}' voor {idLevering}, maar het verslag van de LVBB zegt dat {what} is gepubliceerd: de statussen spreken elkaar tegen.",
        $"The plan software shows '{shown}' for {idLevering}, but the LVBB's verslag says it published {what}: the statuses disagree.");

    public static Bilingual PlanStatusOf(string idLevering) => new($"de status van {idLevering} in de plansoftware", $"the plan software's status of {idLevering}");

    public static Bilingual PlanShows(string shown, string idLevering) => new($"De plansoftware toont '{shown}' voor {idLevering}", $"The plan software shows '{shown}' for {idLevering}");

    public static Bilingual Asked(int attempts, string seconds) => new($"{attempts}× gevraagd in {seconds} s", $"asked {attempts}× over {seconds} s");

    public static Bilingual Sent(string opdracht, string idLevering) => new($"De plansoftware stuurde {opdracht} {idLevering}", $"The plan software sent {opdracht} {idLevering}");

    public static Bilingual NotTakenIn(string opdracht, string idLevering, string detail) => new(
        $"De LVBB nam {opdracht} {idLevering} niet in: {detail}", $"The LVBB did not take in {opdracht} {idLevering}: {detail}");

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
