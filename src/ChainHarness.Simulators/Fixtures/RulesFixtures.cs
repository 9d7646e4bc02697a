using System.Text.Json;
using System.Text.Json.Serialization;
using ChainHarness.Simulators.RulesSoftware;

namespace ChainHarness.Simulators.Fixtures;

/// <summary>
/// The rules lane's Testdorp fixtures (<c>fixtures/rules/gm9999/</c> in the repository), embedded in
/// this assembly so a run finds them wherever it starts.
/// </summary>
public static class RulesFixtures
{
    public const string Folder = "fixtures/rules/gm9999/";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// The text of a fixture file: a name in this folder (<c>conclusie-dakkapel.dmn</c>), or a path under
    /// <c>fixtures/</c> (<c>iterations/3/conclusie-dakkapel-herzien.dmn</c>).
    /// </summary>
    public static string Read(string fileName) =>
        FixtureFiles.Read(fileName.Contains('/', StringComparison.Ordinal) ? fileName : Folder["fixtures/".Length..] + fileName);

    public static T ReadJson<T>(string fileName) =>
        JsonSerializer.Deserialize<T>(Read(fileName), Options) ?? throw new InvalidOperationException($"The fixture '{fileName}' is empty.");
}
