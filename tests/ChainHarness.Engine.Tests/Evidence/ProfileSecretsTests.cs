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

    [TearDown]
    public void Clear()
    {
        Environment.SetEnvironmentVariable(PasswordVariable, null);
        Environment.SetEnvironmentVariable(TokenVariable, null);
    }

    [Test]
    public void Of_KeyCertificatePasswordAndBearerConfigured_MasksEachOfThem()
    {
        // Given an API key, a certificate whose password is in the environment, and a driver header with a bearer token
        Environment.SetEnvironmentVariable(PasswordVariable, "cert-wachtwoord-123");
        Environment.SetEnvironmentVariable(TokenVariable, "bearer-token-456");
        var profile = new ProfileOptions();
        profile.Endpoints["Ozon"] = new EndpointOptions { ApiKey = "api-sleutel-789", CertificateFile = "pkio.p12", CertificatePasswordVariable = PasswordVariable };
        profile.Drivers["PlanSoftware"] = new DriverOptions
        {
            Mode = DriverMode.Http,
            Http = new HttpDriverOptions { Headers = { ["Authorization"] = $"Bearer ${{env:{TokenVariable}}}" } },
        };

        // When
        var redacted = ProfileSecrets.Of(profile).Redact("key api-sleutel-789, password cert-wachtwoord-123, token bearer-token-456");

        // Then
        Assert.That(redacted, Is.EqualTo("key ***, password ***, token ***"));
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
