using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Why a municipal driver (http or observe) could not do what a step asked.</summary>
public static class DriverTexts
{
    public static Bilingual UnexpectedStatus(string software, string call, string status, string expected, string excerpt) => new(
        $"{software}: {call} antwoordde {status}, verwacht {expected}{excerpt}", $"{software}: {call} answered {status}, expected {expected}{excerpt}");

    /// <summary>A port's software as an observe driver names it in a cause: watched, not called.</summary>
    public static Bilingual Observed(string port) => new($"{port} (waargenomen)", $"{port} (observed)");

    public static Bilingual Nothing { get; } = new("niets", "nothing");

    public static Bilingual Absent { get; } = new("(afwezig)", "(absent)");

    public static Bilingual ExpectationFailed(string software, string call, string spec, string seen, string expected) => new(
        $"{software}: {call}: {spec} is '{seen}', verwacht '{expected}'.", $"{software}: {call}: {spec} is '{seen}', expected '{expected}'.");

    /// <summary>A value a driver needs and did not get (<paramref name="what"/>), and how to give it (<paramref name="hint"/>), each in both languages.</summary>
    public static Bilingual Missing(string software, Bilingual what, Bilingual hint) => new(
        $"{software}: {what.Dutch} ontbreekt; {hint.Dutch}", $"{software}: {what.English} is missing; {hint.English}");

    public static Bilingual SttrKind(string file) => new($"de soort van STTR-bestand '{file}'", $"the kind of STTR file '{file}'");

    public static Bilingual SttrKindHint { get; } = new(
        "begin de naam met conclusie-, indieningsvereisten- of maatregelen-.", "begin its name with conclusie-, indieningsvereisten- or maatregelen-.");

    public static Bilingual DeliveryZip { get; } = new("de levering-ZIP", "the delivery ZIP");

    public static Bilingual CaptureZip(string operation) => new(
        $"leg die vast als 'zip' (spec 'body', of een base64-JSON-veld) in operatie {operation}.",
        $"capture it as 'zip' (spec 'body', or a base64 JSON field) in operation {operation}.");

    public static Bilingual IdLevering { get; } = new("het idLevering van de levering", "the idLevering of the delivery");

    public static Bilingual CaptureIdLevering { get; } = new(
        "leg 'idLevering' vast of zet het in opdracht.xml in de ZIP.", "capture 'idLevering' or put it in the ZIP's opdracht.xml.");

    public static Bilingual TakenIn { get; } = new("of de LVBB de opdracht innam", "whether the LVBB took the opdracht in");

    public static Bilingual CaptureAccepted { get; } = new(
        "leg 'accepted' vast (true/false na Maps) in operatie Submit.", "capture 'accepted' (true/false after Maps) in operation Submit.");

    public static Bilingual Capture(string name, string operation) => new(
        $"leg '{name}' vast in operatie {operation}.", $"capture '{name}' in operation {operation}.");

    public static Bilingual OperationMapping(string operation) => new($"de mapping van operatie {operation}", $"the mapping of operation {operation}");

    public static Bilingual AddOperation(string software, string operation) => new(
        $"voeg Drivers:{software}:Http:Operations:{operation} toe met minstens één aanroep.",
        $"add Drivers:{software}:Http:Operations:{operation} with at least one call.");

    public static Bilingual BinaryValue(string name, string call) => new(
        $"binaire waarde '{name}' voor de body van {call}", $"binary value '{name}' for the body of {call}");

    public static Bilingual BinaryHint { get; } = new(
        "die wordt vastgelegd met 'body' of door de stap gegeven.", "it is captured with 'body' or given by the step.");

    public static Bilingual SttrFiles { get; } = new("de STTR-bestanden", "the STTR files");

    public static Bilingual CaptureSttrLists(int names, int types, int xmls, string operation) => new(
        $"leg de lijsten 'bestandNaam', 'bestandType' en 'bestandXml' vast (van elk evenveel; gezien {names}, {types}, {xmls}) in operatie {operation}.",
        $"capture the lists 'bestandNaam', 'bestandType' and 'bestandXml' (as many of each; seen {names}, {types}, {xmls}) in operation {operation}.");

    public static Bilingual EnvironmentVariable(string name) => new($"omgevingsvariabele {name}", $"environment variable {name}");

    public static Bilingual SetBeforeRun { get; } = new("zet die vóór de run.", "set it before the run.");

    public static Bilingual NoSttrFiles(string folder, string seconds) => new(
        $"er verschenen geen STTR-bestanden (.dmn) in de map '{folder}' binnen {seconds} s.",
        $"no STTR files (.dmn) appeared in the drop folder '{folder}' within {seconds} s.");

    public static Bilingual NoRulesZip(string folder, string seconds) => new(
        $"er verscheen geen ZIP-bestand met een levering in de map '{folder}' binnen {seconds} s.",
        $"no delivery ZIP appeared in the drop folder '{folder}' within {seconds} s.");

    public static Bilingual UnknownPlaceholder(string software, string name, string known) => new(
        $"{software}: de mapping gebruikt ${{{name}}}, dat hier geen waarde heeft. Bekend: {known}.",
        $"{software}: the mapping uses ${{{name}}}, which has no value here. Known: {known}.");
}
