using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators;

namespace ChainHarness.Cli.Tests.Console;

/// <summary>
/// What a municipality exports to point its copy of <c>docs/profiles/pre.json</c> at the TLS stand-in
/// (<c>docs/municipalities.md</c>, section 5): per endpoint the stand-in's URL as a live endpoint, the simulators'
/// API key for a <c>/publiek/</c> API, and for a PKIoverheid one the client certificate and the test CA that
/// <c>simulate --tls</c> wrote. Plus shorter waits, so the rehearsal ends in test time.
/// </summary>
internal static class StandInEnvironment
{
    /// <summary>The environment; without <paramref name="certificate"/> the PKIoverheid endpoints get the CA to trust but no client certificate.</summary>
    public static Dictionary<string, string> For(string profileFile, LocalSimulation standIn, string tlsFolder, bool certificate = true)
    {
        var profile = (string)JsonNode.Parse(File.ReadAllText(profileFile))!["ChainHarness"]!["Profile"]!;
        var prefix = $"CHAINHARNESS__Profiles__{profile}__";
        var environment = new Dictionary<string, string>
        {
            [prefix + "Timing__StepDeadline"] = "00:00:40",
            [prefix + "Timing__PollInterval"] = "00:00:00.100",

            // a call that needs the certificate, so the preflight can say 'verbonden' (docs/municipalities.md, section 3)
            [prefix + "Endpoints__Samenwerken__PreflightPath"] = "notificaties",
        };
        foreach (var (name, url) in standIn.EndpointUrls)
        {
            var endpoint = $"{prefix}Endpoints__{name}__";
            environment[endpoint + "Mode"] = "Live";
            environment[endpoint + "BaseUrl"] = url.ToString();
            if (LocalSimulation.PkioOverTls.Contains(name))
            {
                if (certificate)
                {
                    environment[endpoint + "CertificateFile"] = Path.Combine(tlsFolder, "client.pfx");
                }

                environment[endpoint + "TrustedRootFile"] = Path.Combine(tlsFolder, "ca.pem");
            }
            else
            {
                environment[endpoint + "ApiKey"] = EndpointOptions.SimulatedApiKey;
            }
        }

        return environment;
    }
}
