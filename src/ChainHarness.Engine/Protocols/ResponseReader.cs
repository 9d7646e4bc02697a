using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.XPath;
using RestSharp;

namespace ChainHarness.Engine.Protocols;

/// <summary>
/// Reads one value from a response by spec: <c>$.a.b[0]</c> (JSON), <c>xpath:…</c> (XML),
/// <c>header:Name</c>, <c>status</c> or <c>body</c>. Null when the value is absent. Where ':' cannot be
/// written (a JSON configuration key: ':' separates sections), <c>xpath=…</c> and <c>header=…</c> mean the same.
/// A JSON path with <c>[*]</c> (<c>$.bijlagen[*].naam</c>) reads a list: every value found, as a JSON array of text.
/// </summary>
internal static class ResponseReader
{
    /// <summary>True when <paramref name="spec"/> is a spec this reader knows.</summary>
    public static bool IsSpec(string spec)
    {
        var s = Normalise(spec);
        return s is "status" or "body" || s.StartsWith('$')
            || (s.StartsWith("header:", StringComparison.OrdinalIgnoreCase) && s.Length > "header:".Length)
            || (s.StartsWith("xpath:", StringComparison.OrdinalIgnoreCase) && s.Length > "xpath:".Length);
    }

    /// <summary><c>xpath=…</c> and <c>header=…</c> (the JSON-friendly forms) as <c>xpath:…</c> and <c>header:…</c>.</summary>
    public static string Normalise(string spec)
    {
        var text = spec.Trim();
        foreach (var prefix in new[] { "xpath", "header" })
        {
            if (text.StartsWith(prefix + "=", StringComparison.OrdinalIgnoreCase))
            {
                return prefix + ":" + text[(prefix.Length + 1)..];
            }
        }

        return text;
    }

    public static string? Read(RestResponse response, string spec)
    {
        spec = Normalise(spec);
        if (spec == "status")
        {
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }

        if (spec == "body")
        {
            return response.Content;
        }

        if (spec.StartsWith("header:", StringComparison.OrdinalIgnoreCase))
        {
            var name = spec["header:".Length..];
            return response.Headers?.Concat(response.ContentHeaders ?? [])
                .FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.ToString();
        }

        if (spec.StartsWith("xpath:", StringComparison.OrdinalIgnoreCase))
        {
            return XPath(response.Content, spec["xpath:".Length..]);
        }

        return spec.StartsWith('$') ? JsonPath(response.Content, spec) : throw new FormatException($"'{spec}' is not a capture spec ($.path, xpath:, header:, status, body).");
    }

    private static string? JsonPath(string? json, string path)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var segments = Segments(path).ToList();
            var found = Walk(document.RootElement, segments, 0).ToList();
            if (segments.Contains(Wildcard))
            {
                // A list capture ($.items[*].naam): every value found, as a JSON array of text.
                return JsonSerializer.Serialize(found.Select(Text).OfType<string>().ToList());
            }

            return found.Count == 0 ? null : Text(found[0]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly object Wildcard = "[*]";

    private static IEnumerable<JsonElement> Walk(JsonElement element, List<object> segments, int at)
    {
        if (at == segments.Count)
        {
            yield return element;
            yield break;
        }

        var segment = segments[at];
        IEnumerable<JsonElement> next = segment switch
        {
            _ when ReferenceEquals(segment, Wildcard) => element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [],
            int index => element.ValueKind == JsonValueKind.Array && index < element.GetArrayLength() ? [element[index]] : [],
            _ => element.ValueKind == JsonValueKind.Object && element.TryGetProperty((string)segment, out var child) ? [child] : [],
        };
        foreach (var item in next.SelectMany(n => Walk(n, segments, at + 1)))
        {
            yield return item;
        }
    }

    private static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.GetRawText(),
    };

    private static IEnumerable<object> Segments(string path)
    {
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part;
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                yield return name;
                continue;
            }

            if (bracket > 0)
            {
                yield return name[..bracket];
            }

            foreach (var index in name[bracket..].Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries))
            {
                yield return index == "*" ? Wildcard : int.Parse(index, CultureInfo.InvariantCulture);
            }
        }
    }

    private static string? XPath(string? xml, string expression)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            var navigator = new XPathDocument(new StringReader(xml)).CreateNavigator();
            return navigator.Evaluate(expression) switch
            {
                XPathNodeIterator nodes => nodes.MoveNext() ? nodes.Current?.Value : null,
                bool b => b ? "true" : "false",
                double d => d.ToString(CultureInfo.InvariantCulture),
                var other => other?.ToString(),
            };
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
