using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Configuration;

/// <summary>
/// The configuration error messages added for validation before the run, each in one place, in the run's language
/// (Dutch or English). They name the key and the cause and never echo the value given (it may be a secret under a
/// mistyped key). The options' own checks speak <see cref="Texts.OptionTexts"/>.
/// </summary>
public static class OptionErrors
{
    public static string TooLong(string key, TimeSpan longest) => new Bilingual(
        $"{key}: mag hoogstens {longest:c} zijn ({longest.TotalHours:0} uur); langer wachten kan niet.",
        $"{key}: must be at most {longest:c} ({longest.TotalHours:0} hours); longer waits are not supported.").ToString();

    public static string WrongType(string key, string expected) => new Bilingual(
        $"{key}: verwacht {expected}; de gegeven waarde (niet getoond) is dat niet.",
        $"{key}: the value given (not shown) is not {expected}.").ToString();

    public static string NotASection(string key, IEnumerable<string> keys) => new Bilingual(
        $"{key}: verwacht een sectie met sleutels ({string.Join(", ", keys)}), geen enkele waarde (de gegeven waarde wordt niet getoond).",
        $"{key}: expects a section with keys ({string.Join(", ", keys)}), not a single value (the value given is not shown).").ToString();

    public static string NotAValue(string key, string expected) => new Bilingual(
        $"{key}: verwacht een enkele waarde ({expected}), geen sectie.",
        $"{key}: expects a single value ({expected}), not a section.").ToString();

    public static string UnknownKey(string key, IEnumerable<string> known) => new Bilingual(
        $"{key}: onbekende sleutel. Bekende sleutels hier: {string.Join(", ", known)}.",
        $"{key}: unknown key. Known keys here: {string.Join(", ", known)}.").ToString();

    public static string NotAUrl(string key) => new Bilingual(
        $"{key}: is geen absolute http(s)-URL (de gegeven waarde wordt niet getoond).",
        $"{key}: is not an absolute http(s) URL (the value given is not shown).").ToString();

    public static string NotASpec(string key) => new Bilingual(
        $"{key}: is geen waardebeschrijving; gebruik $.json.pad, xpath=/x/y, header=Naam, status of body.",
        $"{key}: is not a value spec; use $.json.path, xpath=/x/y, header=Name, status or body.").ToString();

    public static string ColonInKey(string key) => new Bilingual(
        $"{key}: een ':' in deze sleutel splitst hem in secties (JSON-configuratie leest ':' als scheidingsteken); schrijf xpath=/x/y of header=Naam in plaats van xpath:… of header:….",
        $"{key}: a ':' in this key splits it into sections (JSON configuration reads ':' as a separator); write xpath=/x/y or header=Name instead of xpath:… or header:….").ToString();
}
