using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Drivers.Http;
using ChainHarness.Engine.Evidence;

namespace ChainHarness.Engine.Tests.Evidence;

[NonParallelizable]
public sealed class ProfileSecretsTests
{
    private const string PasswordVariable = "CHAINHARNESS_TEST_CERT_PASSWORD";
    private const string TokenVariable = "CHAINHARNESS_TEST_BEARER";
    private const string UrlTokenVariable = "CHAINHARNESS_TEST_URL_TOKEN";

    [TearDown]
    public void Clear()
    {
        Environment.SetEnvironmentVariable(PasswordVariable, null);
        Environment.SetEnvironmentVariable(TokenVariable, null);
        Environment.SetEnvironmentVariable(UrlTokenVariable, null);
    }

    [Test]
    public void Of_KeyCertificatePasswordBearerAndUrlTokenConfigured_MasksEachOfThem()
    {
        // Given an API key, a certificate whose password is in the environment, and a driver header with a bearer token
        Environment.SetEnvironmentVariable(PasswordVariable, "cert-wachtwoord-123");
        Environment.SetEnvironmentVariable(TokenVariable, "bearer-token-456");
        var profile = new ProfileOptions();
        profile.Endpoints["Ozon"] = new EndpointOptions { ApiKey = "api-sleutel-789", CertificateFile = "pkio.p12", CertificatePasswordVariable = PasswordVariable };
        profile.Drivers["PlanSoftware"] = new DriverOptions
        {
            Mode = DriverMode.Http,
            Http = new HttpDriverOptions
            {
                Headers = { ["Authorization"] = $"Bearer ${{env:{TokenVariable}}}" },
                Operations = { ["GetStatus"] = [new HttpCallOptions { Url = $"status?token=${{env:{UrlTokenVariable}}}" }] },
            },
        };
        Environment.SetEnvironmentVariable(UrlTokenVariable, "url-token-321");

        // When
        var redacted = ProfileSecrets.Of(profile).Redact("key api-sleutel-789, password cert-wachtwoord-123, token bearer-token-456, url url-token-321");

        // Then
        Assert.That(redacted, Is.EqualTo("key ***, password ***, token ***, url ***"));
    }

    [Test]
    public void Of_CertificateWithoutFile_DoesNotReadThePasswordVariable()
    {
        Environment.SetEnvironmentVariable(PasswordVariable, "niet-gebruikt");
        var profile = new ProfileOptions();
        profile.Endpoints["Ozon"] = new EndpointOptions { CertificatePasswordVariable = PasswordVariable };

        Assert.That(ProfileSecrets.Values(profile).OfType<string>(), Is.Empty);
    }
}
