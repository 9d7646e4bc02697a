using ChainHarness.Engine.Loket;
using System.Text.Json;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// What a step hands a port, as JSON a mapping can put in a body as it is (<c>${regels}</c>,
/// <c>${documenten}</c>). Our design; the names are those of the standard port contract (docs/ports.md).
/// </summary>
public static class PortJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Rules(ToepasbareRegelsSet rules) => JsonSerializer.Serialize(
        new
        {
            activiteitId = rules.ActivityId,
            functioneleStructuurRef = rules.FunctioneleStructuurRef,
            werkzaamheden = rules.Werkzaamheden,
            bestanden = rules.Files.Select(f => new { naam = f.FileName, type = f.Type.ToString(), xml = f.Xml }),
        },
        Options);

    public static string Documents(IEnumerable<SharedDocument> documents) =>
        JsonSerializer.Serialize(documents.Select(d => new { naam = d.Name, vertrouwelijkheid = d.Vertrouwelijkheid }), Options);

    /// <summary>Reads a set written by <see cref="Rules"/>; null when the text is not one.</summary>
    public static ToepasbareRegelsSet? ReadRules(string json)
    {
        try
        {
            var root = JsonDocument.Parse(json).RootElement;
            var files = root.GetProperty("bestanden").EnumerateArray().Select(b => new SttrFile(
                b.GetProperty("naam").GetString()!,
                Enum.Parse<RegelbeheerobjectType>(b.GetProperty("type").GetString()!, ignoreCase: true),
                b.GetProperty("xml").GetString()!)).ToList();
            return new ToepasbareRegelsSet(
                root.GetProperty("activiteitId").GetString()!,
                root.GetProperty("functioneleStructuurRef").GetString()!,
                files,
                [.. root.GetProperty("werkzaamheden").EnumerateArray().Select(w => w.GetString()!)]);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
