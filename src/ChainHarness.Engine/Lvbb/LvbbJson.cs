using System.Text.Json;

namespace ChainHarness.Engine.Lvbb;

/// <summary>The JSON conventions of the LVBB REST facade (camelCase), shared by the simulator and the steps.</summary>
public static class LvbbJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static T? Read<T>(string? json)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Meldingen as one readable line: <c>LVBB1501 (fout): …; …</c>.</summary>
    public static string Describe(IEnumerable<LvbbMelding> meldingen) => string.Join("; ", meldingen.Select(m => m.ToString()));
}
