using System.Text.Json;

namespace ChainHarness.Board.Live;

/// <summary>One server-sent event: its type (<c>run</c>, <c>step</c>, <c>done</c>, …) and its JSON on one line.</summary>
public sealed record BoardEvent(string Type, string Json)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static BoardEvent Of(string type, object payload) => new(type, JsonSerializer.Serialize(payload, JsonOptions));

    /// <summary>The event as it goes over the wire.</summary>
    public string ToWire() => $"event: {Type}\ndata: {Json}\n\n";
}
