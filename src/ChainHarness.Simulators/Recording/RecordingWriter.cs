using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChainHarness.Engine.Evidence;

namespace ChainHarness.Simulators.Recording;

/// <summary>
/// Writes recorded exchanges as WireMock.Net static mappings, one file per exchange. Identical
/// requests become one scenario whose answers come back in recorded order, the last one sticking,
/// so a poll replays as it happened. Credential headers are dropped and configured secrets masked.
/// </summary>
public static class RecordingWriter
{
    /// <summary>Headers never saved: credentials, cookies, and those the replaying server sets itself.</summary>
    public static readonly IReadOnlySet<string> DroppedHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "x-api-key", "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
        "Content-Length", "Transfer-Encoding", "Connection", "Date", "Server", "Keep-Alive",
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // files for people to read, never embedded in HTML
    };

    public static int Write(IReadOnlyList<RecordedExchange> exchanges, string folder, SecretRedactor redactor)
    {
        Directory.CreateDirectory(folder);
        var files = 0;
        foreach (var group in exchanges.GroupBy(Key))
        {
            var answers = group.ToList();
            var scenario = answers.Count > 1 ? "recording-" + group.Key : null;
            for (var i = 0; i < answers.Count; i++)
            {
                var mapping = Mapping(answers[i], redactor, scenario, whenStateIs: i == 0 ? null : $"{i}", setStateTo: i < answers.Count - 1 ? $"{i + 1}" : null);
                File.WriteAllText(Path.Combine(folder, $"{++files:D4}-{answers[i].Method.ToLowerInvariant()}-{group.Key}.json"), JsonSerializer.Serialize(mapping, Json));
            }
        }

        return files;
    }

    private static object Mapping(RecordedExchange e, SecretRedactor redactor, string? scenario, string? whenStateIs, string? setStateTo) => new
    {
        Guid = Guid.NewGuid(),
        Title = $"recorded: {e.Method} {e.Path}",
        Priority = 10,
        Scenario = scenario,
        WhenStateIs = whenStateIs,
        SetStateTo = setStateTo,
        Request = new
        {
            Path = new { Matchers = new[] { new { Name = "ExactMatcher", Pattern = e.Path } } },
            Methods = new[] { e.Method },
            Params = e.Query.Count == 0 ? null : e.Query.Select(q => new { q.Key, Matchers = new[] { new { Name = "ExactMatcher", Pattern = redactor.Redact(q.Value) } } })
                .Select(p => new { Name = p.Key, p.Matchers }).ToArray(),
            Body = e.RequestBody is null ? null : new { Matcher = new { Name = "ExactMatcher", Pattern = redactor.Redact(e.RequestBody) } },
        },
        Response = new
        {
            StatusCode = e.Status,
            Headers = e.Headers.Where(h => !DroppedHeaders.Contains(h.Key)).ToDictionary(h => h.Key, h => redactor.Redact(h.Value)),
            Body = e.TextBody ? redactor.Redact(Encoding.UTF8.GetString(e.Body)) : null,
            BodyAsBytes = e.TextBody || e.Body.Length == 0 ? null : e.Body,
        },
    };

    private static string Key(RecordedExchange e)
    {
        var text = string.Join("\n", e.Method, e.Path, string.Join("&", e.Query.Select(q => $"{q.Key}={q.Value}")), e.RequestBody ?? "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLower(CultureInfo.InvariantCulture);
    }
}
