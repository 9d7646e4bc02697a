using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChainHarness.Simulators.Hosting;

/// <summary>Reads fields of a JSON request body leniently, collecting every missing field as an <see cref="InvalidParam"/>.</summary>
public static class JsonFields
{
    /// <summary>The parsed body; when it is not JSON, null and an error for <c>body</c> in <paramref name="errors"/>.</summary>
    public static JsonNode? Parse(string json, List<InvalidParam> errors)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            errors.Add(new InvalidParam("body", "json", $"not valid JSON: {ex.Message}"));
            return null;
        }
    }

    public static JsonNode? Child(JsonNode? node, string name) => node is JsonObject o ? o[name] : null;

    /// <summary>A non-empty string field, or null.</summary>
    public static string? Optional(JsonNode? node, string name) =>
        Child(node, name) is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    public static bool Flag(JsonNode? node, string name) =>
        Child(node, name) is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>A non-empty string field; when missing, an error named <paramref name="prefix"/> + <paramref name="name"/>.</summary>
    public static string? Required(JsonNode? node, string name, List<InvalidParam> errors, string prefix = "")
    {
        var value = Optional(node, name);
        if (value is null)
        {
            errors.Add(new InvalidParam(prefix + name, "required", "is required and may not be empty."));
        }

        return value;
    }
}
