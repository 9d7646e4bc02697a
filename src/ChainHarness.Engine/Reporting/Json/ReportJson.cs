using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainHarness.Engine.Reporting.Json;

/// <summary>
/// The one JSON shape of every file the harness writes for machines (<c>report.json</c>,
/// <c>summary.json</c>): camelCase, indented, nulls left out, enums as words, Dutch letters unescaped.
/// </summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
