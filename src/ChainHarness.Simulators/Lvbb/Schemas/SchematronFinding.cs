using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// One failed assert or fired report of the official Schematron on one file: the code, ernst and
/// text (<c>melding</c>) from the assert's own JSON fragment, and where in the file it fired.
/// </summary>
public sealed partial record SchematronFinding(string File, string Code, string Ernst, string Melding, string Location)
{
    /// <summary>Reads the official message (<c>{"code": …, "melding": …, "ernst": …},</c>), falling back on the assert's id and role.</summary>
    public static SchematronFinding From(string file, string id, string role, string location, string message)
    {
        var json = message.Trim().TrimEnd(',');
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new SchematronFinding(
                file,
                Text(root, "code") ?? id,
                Text(root, "ernst") ?? role,
                Text(root, "melding") ?? json,
                location);
        }
        catch (JsonException)
        {
            // A value-of put a quote into the text: take the fields by pattern instead.
            var code = CodeField().Match(json) is { Success: true } c ? c.Groups[1].Value : id;
            var melding = MeldingField().Match(json) is { Success: true } m ? m.Groups[1].Value : json;
            var ernst = ErnstField().Match(json) is { Success: true } e ? e.Groups[1].Value : role;
            return new SchematronFinding(file, code, ernst, melding, location);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("\"code\":\\s*\"([^\"]*)\"")]
    private static partial Regex CodeField();

    [GeneratedRegex("\"melding\":\\s*\"(.*)\",\\s*\"ernst\"")]
    private static partial Regex MeldingField();

    [GeneratedRegex("\"ernst\":\\s*\"([^\"]*)\"")]
    private static partial Regex ErnstField();
}
