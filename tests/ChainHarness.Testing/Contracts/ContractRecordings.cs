using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChainHarness.Testing.Contracts;

/// <summary>
/// Checks a recording (the WireMock mappings Mode Record writes for one endpoint) against that service's
/// contract: every recorded exchange must be a contract operation (method and path under the base path) and
/// its recorded answer must fit the operation's response of that status. This is how a municipality with
/// access to pre-productie confirms (or corrects) the shapes the simulators and clients assume.
/// </summary>
public static class ContractRecordings
{
    /// <summary>Per recorded exchange (<c>METHOD path</c>), its problems; an exchange that fits has none.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Check(ServiceContract contract, string folder)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var mapping = JsonNode.Parse(File.ReadAllText(file))!;
            var method = (string?)mapping["Request"]?["Methods"]?[0] ?? "?";
            var path = (string?)mapping["Request"]?["Path"]?["Matchers"]?[0]?["Pattern"] ?? "?";
            var status = (int?)mapping["Response"]?["StatusCode"] ?? 0;
            var body = (string?)mapping["Response"]?["Body"] ?? "";
            result[$"{method} {path} ({Path.GetFileName(file)})"] = Problems(contract, method, path, status, body);
        }

        return result;
    }

    private static IReadOnlyList<string> Problems(ServiceContract contract, string method, string path, int status, string body)
    {
        var operation = contract.Operations.FirstOrDefault(o =>
            string.Equals((string?)o["method"], method, StringComparison.OrdinalIgnoreCase) && Matches(contract.BasePath, (string)o["path"]!, path));
        if (operation is null)
        {
            return [$"no operation of contracts/{contract.Service} is {method} {path}"];
        }

        var responses = (operation["responses"] as JsonArray ?? []).OfType<JsonObject>().Where(r => (int?)r["status"] == status).ToList();
        if (responses.Count == 0)
        {
            return [$"status {status} is not in the contract of {(string?)operation["id"]}"];
        }

        var problems = new List<string>();
        foreach (var shape in responses.Select(r => r["shape"]).OfType<JsonObject>())
        {
            var found = shape.ContainsKey("jsonSchema") ? ContractShapes.ValidateJson(shape, body) : shape.ContainsKey("xml") ? ContractXml.Validate(shape, body) : [];
            if (found.Count == 0)
            {
                return [];
            }

            problems.AddRange(found);
        }

        return problems;
    }

    private static bool Matches(string basePath, string template, string path)
    {
        var full = basePath.TrimEnd('/') + template.TrimEnd('/');
        return Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(full), @"\\\{(\w+)}", "[^/]+") + "/?$");
    }
}
