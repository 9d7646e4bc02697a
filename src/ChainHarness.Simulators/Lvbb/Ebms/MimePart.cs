namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>One part of a <c>multipart/related</c> message: its headers (names in lower case) and its bytes.</summary>
public sealed record MimePart(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The Content-ID without its angle brackets, or null.</summary>
    public string? ContentId => Headers.GetValueOrDefault("content-id")?.Trim().Trim('<', '>');

    public string ContentType => Headers.GetValueOrDefault("content-type") ?? "text/plain";

    public static MimePart Create(string contentId, string contentType, byte[] body) =>
        new(new Dictionary<string, string>
        {
            ["content-id"] = $"<{contentId}>",
            ["content-type"] = contentType,
            ["content-transfer-encoding"] = "binary",
        }, body);
}
