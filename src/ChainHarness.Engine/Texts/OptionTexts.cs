using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>
/// What is wrong with one configuration key, in Dutch and English: each message starts with the key and never
/// echoes a value that may be a secret under a mistyped key. The validation of the options sections, of the raw
/// configuration's types and of the scenarios speaks these, in the run's language.
/// </summary>
public static class OptionTexts
{
    public static Bilingual Empty(string key) => new($"{key}: is leeg.", $"{key}: is empty.");

    public static Bilingual RequiredWhen(string key, string mode) => new($"{key}: is verplicht bij Mode {mode}.", $"{key}: is required when Mode is {mode}.");

    public static Bilingual MoreThanZero(string key) => new($"{key}: moet groter dan nul zijn.", $"{key}: must be more than zero.");

    public static Bilingual NotNegative(string key) => new($"{key}: mag niet negatief zijn.", $"{key}: must not be negative.");

    public static Bilingual Between(string key, int low, int high) => new($"{key}: moet tussen {low} en {high} liggen.", $"{key}: must be between {low} and {high}.");

    public static Bilingual LongerThan(string key, string other, TimeSpan value) =>
        new($"{key}: moet langer zijn dan {other} ({value}).", $"{key}: must be longer than {other} ({value}).");

    public static Bilingual NoFolder(string key, string folder) => new($"{key}: map '{folder}' bestaat niet.", $"{key}: folder '{folder}' does not exist.");

    public static Bilingual NoFile(string key, string file) => new($"{key}: bestand '{file}' bestaat niet.", $"{key}: file '{file}' does not exist.");

    public static Bilingual NotAnOin(string key, string value) => new($"{key}: '{value}' is geen OIN (20 cijfers).", $"{key}: '{value}' is not an OIN (20 digits).");

    public static Bilingual NotAnActivity(string key, string value, string example) =>
        new($"{key}: '{value}' is geen OW-activiteit-id ({example}).", $"{key}: '{value}' is not an OW activity id ({example}).");

    public static Bilingual NotBevoegdGezag(string key, string value) => new(
        $"{key}: '{value}' is geen code van een bevoegd gezag zoals gm0363, pv26, ws0155 of mnre1034.",
        $"{key}: '{value}' is not a bevoegd gezag code such as gm0363, pv26, ws0155 or mnre1034.");

    public static Bilingual NotOneOf(string key, string value, IEnumerable<string> allowed) =>
        new($"{key}: '{value}' is niet een van {string.Join(", ", allowed)}.", $"{key}: '{value}' is not one of {string.Join(", ", allowed)}.");

    public static Bilingual Privilege(string key, string value) => new($"{key}: '{value}' moet BT of VT zijn.", $"{key}: '{value}' must be BT or VT.");

    public static Bilingual NoAnswerTo(string key, string question) =>
        new($"{key}: de verwachte vraag '{question}' heeft geen antwoord.", $"{key}: the expected question '{question}' has no answer.");

    public static Bilingual DocumentNeeds(string key) => new($"{key}: heeft een Bestandsnaam en een DocumentType nodig.", $"{key}: needs a Bestandsnaam and a DocumentType.");

    public static Bilingual FileNameTwice(string key, string name) =>
        new($"{key}: de bestandsnaam '{name}' komt meer dan eens voor.", $"{key}: the file name '{name}' is used more than once.");

    public static Bilingual AdresRequired(string key) => new(
        $"{key}: is verplicht (straat, huisnummer, postcode, woonplaats).", $"{key}: is required (straat, huisnummer, postcode, woonplaats).");

    public static Bilingual TrustedRoot(string key) => new(
        $"{key}: vraagt een bestaand PEM-bestand en een loopback-BaseUrl (het is voor de test-CA van 'simulate --tls').",
        $"{key}: needs an existing PEM file and a loopback BaseUrl (it is for the test CA of 'simulate --tls').");

    public static Bilingual RecordingFolder(string key, string folder) => new(
        $"{key}: bij Mode Replay is een map met opnamen verplicht ('{folder}' bestaat niet).",
        $"{key}: a recording folder is required when Mode is Replay ('{folder}' does not exist).");

    public static Bilingual Method(string key, string value) =>
        new($"{key}: '{value}' is niet GET, POST, PUT, PATCH of DELETE.", $"{key}: '{value}' is not GET, POST, PUT, PATCH or DELETE.");

    public static Bilingual OneBody(string key) => new($"{key}: geef hoogstens een van Body, BodyFile en BodyFrom.", $"{key}: give at most one of Body, BodyFile and BodyFrom.");

    public static Bilingual UntilValues(string key) => new($"{key}: is verplicht bij Until.", $"{key}: is required with Until.");

    public static Bilingual UnknownNational(string key, string name, IEnumerable<string> known) => new(
        $"{key}: ${{national:{name}}} noemt geen landelijk eindpunt. Bekend: {string.Join(", ", known)}.",
        $"{key}: ${{national:{name}}} names no national endpoint. Known: {string.Join(", ", known)}.");

    public static Bilingual OutsideRd(string key, double value, int low, int high) =>
        new($"{key}: {value} ligt buiten RD New ({low} tot {high}).", $"{key}: {value} lies outside RD New ({low} to {high}).");

    public static Bilingual ThreeDecimals(string key) => new($"{key}: coördinaten hebben hoogstens 3 decimalen.", $"{key}: coordinates may have at most 3 decimals.");

    public static Bilingual NoProfile(string key, string name, IEnumerable<string> known) => new(
        $"{key}: er is geen profiel '{name}'. Bekende profielen: {string.Join(", ", known.DefaultIfEmpty("(geen)"))}.",
        $"{key}: no profile named '{name}'. Known profiles: {string.Join(", ", known.DefaultIfEmpty("(none)"))}.");

    public static Bilingual NoFolderName(string key, string name) => new(
        $"{key}: de naam '{name}' kan geen rapportmap heten; gebruik letters, cijfers, '-', '_' en '.'.",
        $"{key}: the name '{name}' cannot name a report folder; use letters, digits, '-', '_' and '.'.");

    public static Bilingual BuiltInScenario { get; } = new("het ingebouwde scenario", "the built-in scenario");

    public static Bilingual ScenarioFile(string name) => new($"scenariobestand '{name}'", $"scenario file '{name}'");

    public static Bilingual DoesNotExist(string what) => new($"{what} bestaat niet.", $"{what} does not exist.");

    public static Bilingual NotAScenario(string what, string observed) => new($"{what} is geen loketscenario: {observed}", $"{what} is not a loket scenario: {observed}");

    public static Bilingual TooLong(string key, TimeSpan longest) => new(
        $"{key}: mag hoogstens {longest:c} zijn ({longest.TotalHours:0} uur); langer wachten kan niet.",
        $"{key}: must be at most {longest:c} ({longest.TotalHours:0} hours); longer waits are not supported.");

    public static Bilingual WrongType(string key, Bilingual expected) => new(
        $"{key}: verwacht {expected.Dutch}; de gegeven waarde (niet getoond) is dat niet.",
        $"{key}: the value given (not shown) is not {expected.English}.");

    public static Bilingual NotASection(string key, IEnumerable<string> keys) => new(
        $"{key}: verwacht een sectie met sleutels ({string.Join(", ", keys)}), geen enkele waarde (de gegeven waarde wordt niet getoond).",
        $"{key}: expects a section with keys ({string.Join(", ", keys)}), not a single value (the value given is not shown).");

    public static Bilingual NotAValue(string key, Bilingual expected) => new(
        $"{key}: verwacht een enkele waarde ({expected.Dutch}), geen sectie.",
        $"{key}: expects a single value ({expected.English}), not a section.");

    public static Bilingual UnknownKey(string key, IEnumerable<string> known) => new(
        $"{key}: onbekende sleutel. Bekende sleutels hier: {string.Join(", ", known)}.",
        $"{key}: unknown key. Known keys here: {string.Join(", ", known)}.");

    public static Bilingual NotAUrl(string key) => new(
        $"{key}: is geen absolute http(s)-URL (de gegeven waarde wordt niet getoond).",
        $"{key}: is not an absolute http(s) URL (the value given is not shown).");

    public static Bilingual NotASpec(string key) => new(
        $"{key}: is geen waardebeschrijving; gebruik $.json.pad, xpath=/x/y, header=Naam, status of body.",
        $"{key}: is not a value spec; use $.json.path, xpath=/x/y, header=Name, status or body.");

    public static Bilingual ColonInKey(string key) => new(
        $"{key}: een ':' in deze sleutel splitst hem in secties (JSON-configuratie leest ':' als scheidingsteken); schrijf xpath=/x/y of header=Naam in plaats van xpath:… of header:….",
        $"{key}: a ':' in this key splits it into sections (JSON configuration reads ':' as a separator); write xpath=/x/y or header=Name instead of xpath:… or header:….");

    public static Bilingual ListIndex { get; } = new("een lijstindex (0, 1, …)", "a list index (0, 1, …)");

    /// <summary>What a configuration value of <paramref name="type"/> must look like.</summary>
    public static Bilingual Expected(Type type) => type switch
    {
        _ when type == typeof(TimeSpan) => new("een duur (uu:mm:ss, bv. 00:00:30)", "a duration (hh:mm:ss, e.g. 00:00:30)"),
        _ when type == typeof(bool) => new("true of false", "true or false"),
        _ when type == typeof(int) || type == typeof(long) => new("een geheel getal", "a whole number"),
        _ when type == typeof(double) || type == typeof(decimal) => new("een getal", "a number"),
        _ when type.IsEnum => new($"een van {string.Join(", ", Enum.GetNames(type))}", $"one of {string.Join(", ", Enum.GetNames(type))}"),
        _ => new($"een {type.Name.ToLowerInvariant()}", $"a {type.Name.ToLowerInvariant()}"),
    };
}
