using System.Text.Json.Nodes;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>An SWF answer: the HTTP status and the JSON body (null when empty).</summary>
public sealed record SwfReply(int Status, JsonNode? Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public string? Text(string name) => Body?[name]?.GetValue<string>();

    /// <summary>The problem's detail, or the status when there is none: for a driver's report.</summary>
    public string Problem => Body?["detail"]?.GetValue<string>() ?? $"HTTP {Status}";
}
