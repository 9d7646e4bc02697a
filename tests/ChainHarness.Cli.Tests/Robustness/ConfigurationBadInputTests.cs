using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>
/// Hand-written configuration gone wrong: each is exit code 2 with a message that names the key (or
/// option) and the cause, and never a stack trace or an internal error.
/// </summary>
[Category("Robustness")]
[Parallelizable(ParallelScope.Children)]
public sealed class ConfigurationBadInputTests
{
    private const string P = "ChainHarness:Profiles:local:";

    public static IEnumerable<TestCaseData> BrokenSettings()
    {
        yield return Set("Municipality:Code=x1", "Municipality:Code");
        yield return Set("Municipality:Code=", "Municipality:Code");
        yield return Set("Municipality:Oin=123", "Municipality:Oin");
        yield return Set("Municipality:Name=", "Municipality:Name");
        yield return Set("Timing:PollInterval=00:00:00", "Timing:PollInterval");
        yield return Set("Timing:StepDeadline=00:00:00.001", "Timing:StepDeadline");
        yield return Set("Timing:AttemptTimeout=-00:00:01", "Timing:AttemptTimeout");
        yield return Set("Timing:Retries=99", "Timing:Retries");
        yield return Set("Timing:Retries=many", "Timing:Retries");
        yield return Set("Timing:PollInterval=soon", "Timing:PollInterval");
        yield return Set("Timing:MaxResponseBytes=0", "Timing:MaxResponseBytes");
        yield return Set("Timing:LvbbProcessingDelay=-00:00:01", "Timing:LvbbProcessingDelay");
        yield return Set("Timing:Unknown=1", "Unknown");
        yield return Set("Endpoints:Ozon:Mode=Live", "Endpoints:Ozon:BaseUrl");
        yield return Set("Endpoints:Ozon:BaseUrl=not a url", "Endpoints:Ozon:BaseUrl");
        yield return Set("Endpoints:Ozon:BaseUrl=ftp://127.0.0.1/ozon", "Endpoints:Ozon:BaseUrl");
        yield return Set("Endpoints:Ozon:BaseUrl=/relative/path", "Endpoints:Ozon:BaseUrl");
        yield return Set("Endpoints:Ozon:Mode=Sometimes", "Mode");
        yield return Set("FromActivity=dakkapel", "FromActivity");
        yield return Set("LoketScenario=no-such-scenario.json", "LoketScenario");
        yield return Set("Faults:0=F99", "F99");
        yield return Set("Faults:0=f7x", "Known faults");
        yield return Set("Behandeldienst:Oin=1", "Behandeldienst");
        yield return Set("TestLocation:X=east", "TestLocation");
        yield return Set("Schemas:StopTpod=/no/such/folder", "Schemas:StopTpod");
        yield return Args("--steps 1-12", "--steps");
        yield return Args("--steps 4c", "--steps");
        yield return Args("--steps 9b-1", "--steps");
        yield return Args("--steps 0", "--steps");
        yield return Args("--fault NOPE", "NOPE");
        yield return Args("--profile nergens", "nergens");
        yield return Args("--profile empty --set ChainHarness:Profiles:empty:Municipality:Code=", "Profiles:empty:Municipality:Code");
        yield return Args("--config no-such-file.json", "--config");
        yield return Args("--from-activity not-an-ow-id", "FromActivity");
        yield return Args("--lang klingon", "klingon");
    }

    [TestCaseSource(nameof(BrokenSettings))]
    public async Task Run_BrokenConfiguration_ExitTwoNamingTheKey(string[] args, string named)
    {
        using var reports = TempFolder.Create();
        var console = new TestConsole().Width(400);

        var exit = await HarnessApp.RunAsync([.. args, "--report-dir", reports.Path], console);

        Assert.That(exit, Is.EqualTo(HarnessApp.ExitUsage), console.Output);
        Assert.That(console.Output, Does.Contain(named), console.Output);
        Assert.That(console.Output, Does.Not.Contain("   at ").And.Not.Contain("internal error"), console.Output);
        if (console.Output.Contains("Configuratiefout", StringComparison.Ordinal))
        {
            var junit = await File.ReadAllTextAsync(Path.Combine(reports.Path, "junit.xml"));
            Assert.That(junit, Does.Contain("<error").And.Contain("ConfigurationError"), "CI still gets a junit.xml saying why");
        }
    }

    [Test]
    public async Task Run_ConfigFileNotJson_ExitTwoNamingTheFile()
    {
        using var folder = TempFolder.Create();
        Directory.CreateDirectory(folder.Path);
        var file = Path.Combine(folder.Path, "broken.json");
        await File.WriteAllTextAsync(file, "{ \"ChainHarness\": { \"Profiles\": ");
        var console = new TestConsole().Width(400);

        var exit = await HarnessApp.RunAsync(["run", "--config", file, "--report-dir", Path.Combine(folder.Path, "r")], console);

        Assert.That(exit, Is.EqualTo(HarnessApp.ExitUsage), console.Output);
        Assert.That(console.Output, Does.Contain("broken.json").And.Contain("not valid JSON"));
    }

    [Test]
    public async Task Run_CertificateUnreadableOrWrongPassword_ExitTwoNamingTheKeyNeverThePassword()
    {
        // Given a real PKCS#12 file whose password is not the one in the environment, and a file that is not a certificate
        using var folder = TempFolder.Create();
        Directory.CreateDirectory(folder.Path);
        var pfx = Path.Combine(folder.Path, "pkio.p12");
        using (var key = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Testdorp", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "juist-wachtwoord"));
        }

        var garbage = Path.Combine(folder.Path, "kapot.p12");
        await File.WriteAllTextAsync(garbage, "geen certificaat");
        const string variable = "CHAINHARNESS_TEST_WRONG_CERT_PASSWORD";
        Environment.SetEnvironmentVariable(variable, "fout-wachtwoord-42");
        try
        {
            foreach (var (file, name) in new[] { (pfx, "pkio.p12"), (garbage, "kapot.p12"), (Path.Combine(folder.Path, "weg.p12"), "weg.p12") })
            {
                var console = new TestConsole().Width(400);
                string[] args =
                [
                    "run", "--steps", "4b", "--report-dir", Path.Combine(folder.Path, "r"),
                    "--set", P + "Endpoints:Ozon:Mode=Live", "--set", P + "Endpoints:Ozon:BaseUrl=http://127.0.0.1:9/",
                    "--set", P + $"Endpoints:Ozon:CertificateFile={file}", "--set", P + $"Endpoints:Ozon:CertificatePasswordVariable={variable}",
                ];

                // When
                var exit = await HarnessApp.RunAsync(args, console);

                // Then
                Assert.That(exit, Is.EqualTo(HarnessApp.ExitUsage), console.Output);
                Assert.That(console.Output, Does.Contain("Endpoints:Ozon:CertificateFile").And.Contain(name), console.Output);
                Assert.That(console.Output, Does.Not.Contain("fout-wachtwoord-42").And.Not.Contain("   at "), console.Output);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    private static TestCaseData Set(string keyValue, string named) =>
        new TestCaseData(new[] { "run", "--set", P + keyValue }, named).SetArgDisplayNames("--set " + keyValue);

    private static TestCaseData Args(string args, string named) =>
        new TestCaseData(new[] { "run" }.Concat(args.Split(' ')).ToArray(), named).SetArgDisplayNames(args);
}
