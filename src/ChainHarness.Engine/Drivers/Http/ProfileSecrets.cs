using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// Every secret value a profile brings into a run, for redaction: the endpoints' API keys, the
/// passwords of their client certificates (from the environment variables named), the userinfo of
/// every configured URL (endpoint and driver base URLs, call URLs), the values of the environment
/// variables a driver's calls use (<c>Authorization: Bearer ${env:TOKEN}</c>, a token in a URL) and
/// the literal values of credential headers a driver definition gives (<c>x-api-key: abc</c>).
/// </summary>
public static class ProfileSecrets
{
    /// <summary>Header names whose values are credentials, whatever else they contain.</summary>
    private static readonly string[] CredentialWords = ["auth", "key", "token", "secret", "password", "cookie", "session", "signature", "credential"];

    /// <summary>Authorization schemes: words, not secrets (<c>Bearer ${env:TOKEN}</c> masks the token, not "Bearer").</summary>
    private static readonly string[] Schemes = ["Bearer", "Basic", "Digest", "Token", "Negotiate", "ApiKey", "Key"];

    public static SecretRedactor Of(ProfileOptions profile) => new(Values(profile));

    public static IEnumerable<string?> Values(ProfileOptions profile)
    {
        foreach (var endpoint in profile.Endpoints.Values)
        {
            yield return endpoint.ApiKey;
            if (endpoint.CertificateFile is not null)
            {
                yield return Environment.GetEnvironmentVariable(endpoint.CertificatePasswordVariable);
            }

            foreach (var part in SecretForms.OfUserInfo(endpoint.BaseUrl))
            {
                yield return part;
            }
        }

        foreach (var http in profile.Drivers.Values.Select(d => d.Http).OfType<HttpDriverOptions>())
        {
            foreach (var value in Driver(http))
            {
                yield return value;
            }
        }
    }

    private static IEnumerable<string?> Driver(HttpDriverOptions http)
    {
        var calls = http.Operations.Values.SelectMany(c => c).ToList();
        foreach (var url in calls.Select(c => c.Url).Prepend(http.BaseUrl))
        {
            foreach (var part in SecretForms.OfUserInfo(url))
            {
                yield return part;
            }
        }

        var headers = http.Headers.Concat(calls.SelectMany(c => c.Headers)).ToList();
        foreach (var (name, value) in headers.Where(h => IsCredential(h.Key)))
        {
            foreach (var literal in Literals(value))
            {
                yield return literal;
            }
        }

        foreach (var variable in headers.Select(h => h.Value).Concat(calls.SelectMany(c => c.Templates())).SelectMany(Placeholders.EnvironmentNames))
        {
            yield return Environment.GetEnvironmentVariable(variable);
        }
    }

    private static bool IsCredential(string header) =>
        CredentialWords.Any(w => header.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The literal parts of a credential header template: the text between placeholders, and the token after a scheme (<c>Bearer abc</c>).</summary>
    private static IEnumerable<string> Literals(string template)
    {
        foreach (var part in Placeholders.Literals(template).Select(p => p.Trim()).Where(p => !Schemes.Contains(p, StringComparer.OrdinalIgnoreCase)))
        {
            yield return part;
            var space = part.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                yield return part[(space + 1)..].Trim();
            }
        }
    }
}
