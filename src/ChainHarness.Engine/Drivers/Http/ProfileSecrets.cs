using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// Every secret value a profile brings into a run, for redaction: the endpoints' API keys, the
/// passwords of their client certificates (from the environment variables named), and the values
/// of the environment variables a driver's calls use (<c>Authorization: Bearer ${env:TOKEN}</c>, a token in a URL).
/// </summary>
public static class ProfileSecrets
{
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
        }

        var templates = profile.Drivers.Values
            .Select(d => d.Http)
            .OfType<HttpDriverOptions>()
            .SelectMany(h => h.Headers.Values.Concat(h.Operations.Values.SelectMany(calls => calls.SelectMany(c => c.Templates()))));
        foreach (var variable in templates.SelectMany(Drivers.Http.Placeholders.EnvironmentNames))
        {
            yield return Environment.GetEnvironmentVariable(variable);
        }
    }
}
