using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>Reads the fields of a JSON request body and collects every invalid one for a 400 problem.</summary>
internal sealed class SwfBody
{
    private readonly JsonNode? _root;
    private readonly List<object> _invalid = [];

    public SwfBody(string text)
    {
        try
        {
            _root = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            _root = null;
        }

        if (_root is not JsonObject)
        {
            _invalid.Add(new { name = "body", reason = "The body must be a JSON object." });
        }
    }

    public IReadOnlyList<object> Invalid => _invalid;

    public bool IsValid => _invalid.Count == 0;

    /// <summary>A string field; null (and noted as invalid) when required and missing or failing <paramref name="valid"/>.</summary>
    public string? Text(string name, bool required = true, Func<string, bool>? valid = null, string? rule = null)
    {
        var value = _root is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (value is null && !required)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value) || (valid is not null && !valid(value)))
        {
            _invalid.Add(new { name, reason = rule ?? "is verplicht." });
            return null;
        }

        return value;
    }

    public static bool IsOin(string value) => value.Length == 20 && value.All(char.IsAsciiDigit);

    public static bool IsVerzoeknummer(string value) => value.Length == 13 && value.All(char.IsAsciiDigit);
}
