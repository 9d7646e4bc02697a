using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Simulators.Tests.Contracts;

/// <summary>
/// Asks a started simulator at the address a contract gives (server URL + the contract's base path + the
/// operation's path with its parameters filled in) and checks the answer against the operation's response
/// of that status: content type and shape (JSON schema or XML paths). Hand-written HTTP, no engine client code.
/// </summary>
internal static partial class SimulatorContract
{
    public static readonly HttpClient Http = new();

    public static Uri Url(SimulatorServer server, ServiceContract contract, string operationId, IReadOnlyDictionary<string, string>? path = null, string query = "")
    {
        var template = (string)contract.Operation(operationId)["path"]!;
        var filled = Parameter().Replace(template, m => Uri.EscapeDataString(path![m.Groups[1].Value]));
        return new Uri(server.ServerUrl.TrimEnd('/') + contract.BasePath + (filled == "/" ? "" : filled) + query);
    }

    /// <summary>The problems of an answer against the contract's response with this status whose shape fits; empty when one fits.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(ServiceContract contract, string operationId, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var candidates = (contract.Operation(operationId)["responses"] as JsonArray ?? []).OfType<JsonObject>().Where(r => (int?)r["status"] == status).ToList();
        if (candidates.Count == 0)
        {
            return [$"status {status} is not in the contract of {operationId}: {body[..Math.Min(300, body.Length)]}"];
        }

        var all = new List<string>();
        foreach (var candidate in candidates)
        {
            var problems = new List<string>();
            if ((string?)candidate["contentType"] is { } type && response.Content.Headers.ContentType?.MediaType is { } media
                && !type.StartsWith(media, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"content type {media}, the contract says {type}");
            }

            if (candidate["shape"] is JsonObject shape)
            {
                problems.AddRange(shape.ContainsKey("jsonSchema") ? ContractShapes.ValidateJson(shape, body) : shape.ContainsKey("xml") ? ContractXml.Validate(shape, body) : []);
            }

            if (problems.Count == 0)
            {
                return [];
            }

            all.AddRange(problems);
        }

        return all;
    }

    public static async Task AssertFitsAsync(ServiceContract contract, string operationId, HttpResponseMessage response, int expectedStatus = 200)
    {
        Assert.That((int)response.StatusCode, Is.EqualTo(expectedStatus), await response.Content.ReadAsStringAsync());
        var problems = await ProblemsAsync(contract, operationId, response);
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();
}
