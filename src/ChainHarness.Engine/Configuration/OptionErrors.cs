namespace ChainHarness.Engine.Configuration;

/// <summary>
/// The configuration error messages added for validation before the run, each in one place. They
/// name the key and the cause and never echo the value given (it may be a secret under a mistyped key).
/// </summary>
public static class OptionErrors
{
    public static string TooLong(string key, TimeSpan longest) =>
        $"{key}: must be at most {longest:c} ({longest.TotalHours:0} hours); longer waits are not supported.";

    public static string WrongType(string key, string expected) =>
        $"{key}: the value given (not shown) is not {expected}.";

    public static string NotASection(string key, IEnumerable<string> keys) =>
        $"{key}: expects a section with keys ({string.Join(", ", keys)}), not a single value (the value given is not shown).";

    public static string NotAValue(string key, string expected) =>
        $"{key}: expects a single value ({expected}), not a section.";

    public static string UnknownKey(string key, IEnumerable<string> known) =>
        $"{key}: unknown key. Known keys here: {string.Join(", ", known)}.";

    public static string NotAUrl(string key) =>
        $"{key}: is not an absolute http(s) URL (the value given is not shown).";

    public static string NotASpec(string key) =>
        $"{key}: is not a value spec; use $.json.path, xpath=/x/y, header=Name, status or body.";

    public static string ColonInKey(string key) =>
        $"{key}: a ':' in this key splits it into sections (JSON configuration reads ':' as a separator); write xpath=/x/y or header=Name instead of xpath:… or header:….";
}
