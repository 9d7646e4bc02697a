using ChainHarness.Testing;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChainHarness.Cli.Tests.Ci;

/// <summary>The CI templates under docs/ci: valid YAML, installing the tool and calling only commands and options that exist.</summary>
public sealed class CiTemplatesTests
{
    private static string CiFolder => Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "ci");

    public static IEnumerable<string> Templates() =>
        Directory.GetFiles(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "ci"), "*.yml").Select(Path.GetFileName).Order()!;

    [Test]
    public void Templates_OnePerCiSystemAtLeast()
    {
        Assert.That(Templates(), Is.SupersetOf(new[] { "azure-pipelines.yml", "github-actions.yml", "gitlab-ci.yml" }));
    }

    [TestCaseSource(nameof(Templates))]
    public void Template_ParsesAsYamlInstallsTheToolAndRunsIt(string template)
    {
        var scripts = Scripts(template);

        Assert.That(scripts, Has.Some.Contains("dotnet tool install").And.Some.Contains("chainharness"), "installs the tool");
        Assert.That(scripts.Where(s => s.Contains("dotnet tool install", StringComparison.Ordinal)), Has.All.Contains("--add-source chainharness-feed"),
            "from the feed the template packs or the repository holds: no chainharness package is published on nuget.org");
        Assert.That(scripts.SelectMany(ShellLines.ChainharnessCommands), Is.Not.Empty, "calls chainharness");
    }

    [TestCaseSource(nameof(Templates))]
    public void Template_EveryChainharnessCommandLine_ParsesAgainstTheRealCommandLine(string template)
    {
        var lines = Scripts(template).SelectMany(ShellLines.ChainharnessCommands).ToList();

        var problems = lines.Select(l => (Line: string.Join(' ', l), Problem: CommandLineProbe.Problem(l))).Where(x => x.Problem is not null);

        Assert.That(problems.Select(p => $"chainharness {p.Line}: {p.Problem}"), Is.Empty);
    }

    [TestCaseSource(nameof(Templates))]
    public void Template_EveryProfileItNames_IsAProfileTemplateUnderDocsProfiles(string template)
    {
        var named = Scripts(template).SelectMany(ShellLines.ChainharnessCommands)
            .SelectMany(l => l.Zip(l.Skip(1)).Where(p => p.First is "--profile" or "-p").Select(p => p.Second));

        Assert.That(named, Is.SubsetOf(ProfileTemplates.Names()));
    }

    /// <summary>The supplier templates (not the sweeps): one world, your software joining it, the tool from a feed that exists.</summary>
    public static IEnumerable<string> SupplierTemplates() => Templates().Where(t => !t.Contains("sweep", StringComparison.Ordinal));

    [TestCaseSource(nameof(SupplierTemplates))]
    public void SupplierTemplate_InstallsFromTheFeedItPacks_FromSourcesThatExist(string template)
    {
        var lines = Scripts(template).SelectMany(s => s.Split('\n')).Select(l => l.Trim().TrimStart('-').Trim()).ToList();

        var install = lines.Single(l => l.StartsWith("dotnet tool install", StringComparison.Ordinal));
        var feed = Regex.Match(install, @"--add-source (\S+)").Groups[1].Value;
        Assert.That(feed, Is.Not.Empty, "installs from a named feed, not from nuget.org where no chainharness package is published");
        var pack = lines.Single(l => l.StartsWith("dotnet pack", StringComparison.Ordinal));
        Assert.That(pack, Does.EndWith($"-o {feed}"), "the feed is the one the template packs into");
        var project = Regex.Match(pack, @"dotnet pack chainharness-src/(\S+)").Groups[1].Value;
        Assert.That(Path.Combine(RepositoryFolders.RepositoryRoot, project, "ChainHarness.Cli.csproj"), Does.Exist, "packs a project of this repository");
        Assert.That(lines, Has.Some.StartsWith("git clone --depth 1 \"$CHAINHARNESS_REPO\" chainharness-src").Or.Some.StartsWith("git clone --depth 1 \"$(CHAINHARNESS_REPO)\" chainharness-src"));
    }

    [TestCaseSource(nameof(SupplierTemplates))]
    public void SupplierTemplate_StartsTheWorldOnItsControlPortAndJoinsIt(string template)
    {
        var commands = Scripts(template).SelectMany(ShellLines.ChainharnessCommands).ToList();

        Assert.That(commands, Has.Some.Matches<string[]>(c => c[0] == "simulate" && c.Contains("--env-file")), "starts the world and writes its addresses");
        Assert.That(commands, Has.Some.Matches<string[]>(c => c[0] == "run" && c.SkipWhile(w => w != "--world").Skip(1).FirstOrDefault() == $"http://127.0.0.1:{new Engine.Configuration.SimulateOptions().ControlPortOrDefault}"),
            "joins the world on simulate's default control port");
        Assert.That(Scripts(template), Has.Some.Contains("/__world/ready"), "waits until the world is ready");
    }

    [TestCaseSource(nameof(SupplierTemplates))]
    public void SupplierTemplate_EverySecretTheTemplateProfileReads_ComesFromTheCiSecretStore(string template)
    {
        var profile = File.ReadAllText(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "profiles", "supplier-ci.json"));
        var secrets = Regex.Matches(profile, @"\$\{env:([A-Z_]+)\}").Select(m => m.Groups[1].Value).Distinct().ToList();
        var scalars = Scripts(template);
        var raw = File.ReadAllText(Path.Combine(CiFolder, template));

        // Mapped from the CI's secret store (GitHub, Azure), or left to GitLab's masked variables and never given a value here.
        Assert.That(secrets, Is.Not.Empty);
        Assert.That(secrets, Has.All.Matches<string>(s => scalars.Contains($"${{{{ secrets.{s} }}}}") || scalars.Contains($"$({s})")
            || (raw.Contains("masked CI/CD variables", StringComparison.Ordinal) && raw.Contains(s, StringComparison.Ordinal) && !scalars.Contains(s))));
    }

    [TestCase("run --profiel local")]
    [TestCase("sweep --profiles p")]
    [TestCase("run local")]
    [TestCase("merge-reports")]
    public void Probe_LineThatDoesNotExist_IsRefused_SoTheTemplateTestCanFail(string line)
    {
        Assert.That(CommandLineProbe.Problem(line.Split(' ')), Is.Not.Null);
    }

    [Test]
    public void Probe_OptionWithAValueLeftToTheCi_Parses()
    {
        Assert.That(CommandLineProbe.Problem(["run", "--profiles", "profiles", "--shard", "$CI_NODE_INDEX/$CI_NODE_TOTAL", "--config", "nowhere.json"]), Is.Null);
    }

    /// <summary>Every scalar of the YAML document (loading it is the syntax check).</summary>
    private static List<string> Scripts(string template)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(CiFolder, template)))
        {
            yaml.Load(reader);
        }

        return [.. yaml.Documents.SelectMany(d => d.AllNodes).OfType<YamlScalarNode>().Select(n => n.Value ?? "")];
    }
}
