using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Evidence;

/// <summary>
/// The one secret model of every output. Replaces with <c>***</c>: every configured secret value
/// (API keys, tokens, passwords, literal credential headers) in each of its <see cref="SecretForms"/>
/// (raw, JSON-, HTML-, XML- and URL-encoded); the userinfo of any URL (<c>http://user:pw@host</c>),
/// configured or not; and the value of credential-named query parameters (<c>?api_key=…</c>).
/// Everything that reaches a report, the console, the history or a recording passes through one of these.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "***";

    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        _secrets = secrets
            .Where(s => !string.IsNullOrEmpty(s) && s.Trim().Length >= 4)
            .SelectMany(s => SecretForms.Of(s!))
            .Where(s => s.Length >= 4)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    public static SecretRedactor None { get; } = new([]);

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = UserInfo().Replace(text, "${scheme}" + Mask + "@");
        return CredentialParameter().Replace(text, "${name}" + Mask);
    }

    /// <summary>A URL's userinfo: scheme, then anything up to an '@' before the host's first '/', space or quote.</summary>
    [GeneratedRegex(@"(?<scheme>\b[a-zA-Z][a-zA-Z0-9+.\-]*:(?://|\\/\\/))(?!\*\*\*@)(?<info>[^/\\\s""'<>@?#]+)@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();

    /// <summary>A query parameter whose name says credential.</summary>
    [GeneratedRegex(@"(?<name>[?&](?:amp;)?(?:api[_\-]?key|apikey|x-api-key|access_token|token|secret|password|passwd|pwd|sig|signature|client_secret)=)(?!\*\*\*)[^&#\s""'<>]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CredentialParameter();
}
