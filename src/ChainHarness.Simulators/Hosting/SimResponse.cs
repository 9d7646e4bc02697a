using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainHarness.Simulators.Hosting;

/// <summary>A simulator's answer. Factories give the shapes the DSO APIs use: HAL JSON, problem+json, XML.</summary>
public sealed record SimResponse(int Status, byte[] Body, string ContentType)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When set, the simulator waits this long before answering (a slow or hanging system).</summary>
    public TimeSpan? Delay { get; init; }

    public static SimResponse Json(int status, object body, string contentType = "application/json") =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(body, JsonOptions), contentType);

    public static SimResponse Hal(object body, int status = 200) => Json(status, body, "application/hal+json");

    /// <summary>An RFC 7807 problem, the error shape of the DSO APIs.</summary>
    public static SimResponse Problem(int status, string title, string detail, IEnumerable<object>? invalidParams = null) =>
        Typed($"https://chainharness.local/problems/{status}", status, title, detail, invalidParams);

    /// <summary>A problem with its own <c>type</c> URI: what a client may tell apart by that field, not by the detail's words.</summary>
    public static SimResponse Typed(string type, int status, string title, string detail, IEnumerable<object>? invalidParams = null) =>
        Json(status, new { type, title, status, detail, invalidParams }, "application/problem+json");

    public static SimResponse Xml(int status, string xml, string contentType = "application/xml") =>
        new(status, Encoding.UTF8.GetBytes(xml), contentType);

    public static SimResponse Bytes(int status, byte[] body, string contentType) => new(status, body, contentType);

    public static SimResponse Empty(int status) => new(status, [], "text/plain");

    public SimResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
