namespace ChainHarness.Engine.Evidence;

/// <summary>
/// Replaces every configured secret value (API keys, tokens, passwords) with <c>***</c>.
/// Everything that reaches a report, the console or a recording passes through one of these.
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        _secrets = secrets
            .Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4)
            .Select(s => s!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    public static SecretRedactor None { get; } = new([]);

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text) || _secrets.Length == 0)
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
