using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace ChainHarness.Testing.Contracts;

/// <summary>
/// Checks one request a client sent against a contract operation: the method, the path (the contract's
/// base path plus the operation's template, <c>{name}</c> for a segment), every required parameter
/// (path, query, header) present and each parameter's value valid against its JSON schema, and a JSON or
/// XML body against the request shape. Returns the problems, empty when the request fits.
/// </summary>
public static class ContractRequests
{
    public static IReadOnlyList<string> Validate(ServiceContract contract, string operationId, CapturedRequest request)
    {
        var operation = contract.Operation(operationId);
        var problems = new List<string>();
        if (!string.Equals((string?)operation["method"], request.Method, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"method {request.Method}, the contract says {(string?)operation["method"]}");
        }

        var template = contract.BasePath.TrimEnd('/') + ((string)operation["path"]!).TrimEnd('/');
        var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{(\w+)}", "(?<$1>[^/]+)") + "/?$";
        var match = Regex.Match(request.Url.AbsolutePath, pattern);
        if (!match.Success)
        {
            problems.Add($"path {request.Url.AbsolutePath} does not match {template}");
        }

        var query = Query(request.Url);
        foreach (var parameter in (operation["parameters"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = (string)parameter["name"]!;
            var value = (string?)parameter["in"] switch
            {
                "query" => query.GetValueOrDefault(name),
                "header" => request.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value,
                "path" => match.Success && match.Groups[name].Success ? Uri.UnescapeDataString(match.Groups[name].Value) : null,
                _ => null,
            };
            if (value is null)
            {
                if ((bool?)parameter["required"] == true)
                {
                    problems.Add($"required {(string?)parameter["in"]} parameter {name} is missing");
                }

                continue;
            }

            if (parameter["schema"] is JsonObject schema
                && !JsonSchema.FromText(schema.ToJsonString()).Evaluate(JsonValue.Create(value)).IsValid)
            {
                problems.Add($"{(string?)parameter["in"]} parameter {name}='{value}' does not fit {schema.ToJsonString()}");
            }
        }

        if (operation["request"]?["shape"] is JsonObject shape)
        {
            problems.AddRange(
                shape.ContainsKey("jsonSchema") ? ContractShapes.ValidateJson(shape, request.Body).Select(p => $"body {p}")
                : shape.ContainsKey("xml") ? ContractXml.Validate(shape, request.Body).Select(p => $"body {p}")
                : []);
        }

        return problems;
    }

    private static Dictionary<string, string> Query(Uri url) =>
        url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Uri.UnescapeDataString((g.First().ElementAtOrDefault(1) ?? "").Replace('+', ' ')), StringComparer.Ordinal);
}
