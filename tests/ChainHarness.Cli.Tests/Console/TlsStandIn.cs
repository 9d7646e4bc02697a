using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators;
using ChainHarness.Simulators.Hosting.Tls;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Console;

/// <summary>
/// A pre-productie stand-in as <c>simulate --tls</c> serves it (the simulators, the PKIoverheid ones over TLS with the test
/// CA), with <c>ca.pem</c> and <c>client.pfx</c> written for the municipality; and what a municipality exports to point
/// its copy of <c>docs/profiles/pre.json</c> at it (<c>docs/municipalities.md</c>, section 5): per endpoint the stand-in's
/// URL as a live endpoint, the simulators' key for a <c>/publiek/</c> API, the certificate and the CA for a PKIoverheid one.
/// </summary>
internal sealed class TlsStandIn : IDisposable
{
    public TlsStandIn(ProfileOptions profile)
    {
        var ca = TestCertificateAuthority.Shared;
        Simulation = LocalSimulation.Start(profile, tls: ca);
        TlsFolder = ca.WriteForClient(profile.Municipality.Oin, profile.Municipality.Name);
    }

    /// <summary>The real profile template a municipality copies.</summary>
    public static string PreProfile => Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "profiles", "pre.json");

    public LocalSimulation Simulation { get; }

    public string TlsFolder { get; }

    /// <summary>The environment; without <paramref name="certificate"/> the PKIoverheid endpoints get the CA to trust but no client certificate.</summary>
    public Dictionary<string, string> Environment(bool certificate = true)
    {
        var profile = (string)JsonNode.Parse(File.ReadAllText(PreProfile))!["ChainHarness"]!["Profile"]!;
        var prefix = $"CHAINHARNESS__Profiles__{profile}__";
        var environment = new Dictionary<string, string>
        {
            // shorter waits, so the rehearsal ends in test time
            [prefix + "Timing__StepDeadline"] = "00:00:40",
            [prefix + "Timing__PollInterval"] = "00:00:00.100",

            // a call that needs the certificate, so the preflight can say 'verbonden' (docs/municipalities.md, section 5)
            [prefix + "Endpoints__Samenwerken__PreflightPath"] = "notificaties",
        };
        foreach (var (name, url) in Simulation.EndpointUrls)
        {
            var endpoint = $"{prefix}Endpoints__{name}__";
            environment[endpoint + "Mode"] = "Live";
            environment[endpoint + "BaseUrl"] = url.ToString();
            if (!LocalSimulation.PkioOverTls.Contains(name))
            {
                environment[endpoint + "ApiKey"] = EndpointOptions.SimulatedApiKey;
                continue;
            }

            environment[endpoint + "TrustedRootFile"] = Path.Combine(TlsFolder, "ca.pem");
            if (certificate)
            {
                environment[endpoint + "CertificateFile"] = Path.Combine(TlsFolder, "client.pfx");
            }
        }

        return environment;
    }

    public void Dispose()
    {
        Simulation.Dispose();
        Directory.Delete(TlsFolder, recursive: true);
    }
}
