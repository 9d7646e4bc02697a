using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Step 4a (officielebekendmakingen.nl): whether the besluit is found and whether its bekendmaking says what step 1 delivered.</summary>
public static class BekendmakingTexts
{
    public static Bilingual NotFound(string besluit, string seconds) => new(
        $"officielebekendmakingen.nl vindt besluit {besluit} niet binnen {seconds} s, terwijl de LVBB het in stap 3 publiceerde.",
        $"officielebekendmakingen.nl does not find besluit {besluit} within {seconds} s, although the LVBB published it in step 3.");

    public static Bilingual Mismatch(string besluit, string identifier, Bilingual differences) => new(
        $"officielebekendmakingen.nl toont besluit {besluit} als {identifier}, maar niet zoals stap 1 het aanleverde: {differences.Dutch}.",
        $"officielebekendmakingen.nl lists besluit {besluit} as {identifier}, but not as step 1 delivered it: {differences.English}.");

    public static Bilingual Field(string field, string expected, string? seen) => new(
        $"{field} is '{seen ?? "(leeg)"}', verwacht '{expected}'",
        $"{field} is '{seen ?? "(empty)"}', expected '{expected}'");
}
