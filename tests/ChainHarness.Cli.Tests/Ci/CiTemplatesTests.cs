using ChainHarness.Testing;
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
