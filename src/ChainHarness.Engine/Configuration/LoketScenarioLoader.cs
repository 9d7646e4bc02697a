using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainHarness.Engine.Configuration;

/// <summary>
/// Loads a <see cref="LoketScenario"/> from a JSON file, or the built-in Testdorp scenario
/// (<c>fixtures/loket/testdorp-dakkapel.json</c>, embedded) when no file is named. Unknown keys and
/// every broken field are reported at once, as a configuration error.
/// </summary>
public static class LoketScenarioLoader
{
    private const string ResourcePrefix = "ChainHarness.Engine.Loket.";
    private const string DefaultBuiltIn = "testdorp-dakkapel.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// The scenario in <paramref name="path"/>, or the built-in one when it is null. A bare file name
    /// that is no file but one of the built-in scenarios (<c>fixtures/loket/*.json</c>) loads that one.
    /// </summary>
    public static LoketScenario Load(string? path)
    {
        var errors = Errors(path, out var scenario);
        return errors.Count > 0 ? throw ConfigurationErrorException.WithErrors(errors) : scenario!;
    }

    /// <summary>The scenario a profile plays: its own <c>LoketScenario</c>, else the one of its iteration's content pack.</summary>
    public static LoketScenario For(ProfileOptions profile) =>
        Load(profile.LoketScenario ?? Iterations.IterationPacks.For(profile.Iteration).Loket);

    /// <summary>Every problem with the scenario file, each prefixed with <paramref name="key"/>; empty when it loads.</summary>
    public static IReadOnlyList<string> Validate(string? path, string key) => [.. Errors(path, out _).Select(e => $"{key}: {e}")];

    private static List<string> Errors(string? path, out LoketScenario? scenario)
    {
        scenario = null;
        var source = path is null ? Texts.OptionTexts.BuiltInScenario.ToString() : Texts.OptionTexts.ScenarioFile(Path.GetFileName(path)).ToString();
        var builtIn = path is null ? DefaultBuiltIn : !File.Exists(path) && IsBuiltIn(path) ? path : null;
        if (path is not null && builtIn is null && !File.Exists(path))
        {
            return [Texts.OptionTexts.DoesNotExist(source).ToString()];
        }

        try
        {
            using var stream = builtIn is not null ? BuiltIn(builtIn) : File.OpenRead(path!);
            scenario = JsonSerializer.Deserialize<LoketScenario>(stream, Options);
        }
        catch (JsonException ex)
        {
            return [Texts.OptionTexts.NotAScenario(source, ex.Message).ToString()];
        }

        return scenario is null ? [Texts.OptionTexts.Empty(source).ToString()] : [.. scenario.Validate().Select(e => $"{source}: {e}")];
    }

    private static bool IsBuiltIn(string name) =>
        typeof(LoketScenarioLoader).Assembly.GetManifestResourceInfo(ResourcePrefix + name) is not null;

    private static Stream BuiltIn(string name) =>
        typeof(LoketScenarioLoader).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"The built-in loket scenario '{name}' is missing from the engine assembly.");
}
