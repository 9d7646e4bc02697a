using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainHarness.Simulators.RulesSoftware;

/// <summary>
/// The rules lane's Testdorp fixtures (<c>fixtures/rules/gm9999/</c> in the repository), embedded in
/// this assembly so a run finds them wherever it starts.
/// </summary>
public static class RulesFixtures
{
    public const string Folder = "fixtures/rules/gm9999/";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The text of a fixture file, e.g. <c>conclusie-dakkapel.dmn</c>.</summary>
    public static string Read(string fileName)
    {
        var name = Folder + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The fixture '{name}' is not embedded in {nameof(ChainHarness)}.Simulators.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static T ReadJson<T>(string fileName) =>
        JsonSerializer.Deserialize<T>(Read(fileName), Options) ?? throw new InvalidOperationException($"The fixture '{fileName}' is empty.");
}
