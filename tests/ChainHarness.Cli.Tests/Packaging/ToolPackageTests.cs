using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Packaging;

/// <summary>
/// The CLI as a user gets it: packed once per test run (<c>dotnet pack -c Release</c>), installed
/// with <c>dotnet tool install</c> into a temporary tool path from that folder alone, and run from
/// a temporary working folder that holds nothing of the repository.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(15);
    private string _root = null!;
    private string _tool = null!;
    private string _work = null!;

    [OneTimeSetUp]
    public async Task PackAndInstallOnce()
    {
        _root = Directory.CreateTempSubdirectory("chainharness-tool-").FullName;
        var feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        _work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
        var project = Path.Combine(RepositoryFolders.RepositoryRoot, "src", "ChainHarness.Cli");

        var pack = await ToolProcess.RunAsync(ToolProcess.Info("dotnet", _root, "pack", project, "-c", "Release", "-o", feed, "--nologo", "--no-restore"), Slow);
        Assert.That(pack.Exit, Is.Zero, pack.Output);
        // Three packages: the tool (chainharness.<version>), its linux-x64 (ReadyToRun) and its any (portable) package.
        var packages = Directory.GetFiles(feed, "chainharness.*.nupkg").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
        Assert.That(packages.Where(p => p.StartsWith("chainharness.linux-x64.", StringComparison.Ordinal) || p.StartsWith("chainharness.any.", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(2), string.Join(", ", packages));
        var package = packages.Single(p => char.IsAsciiDigit(p["chainharness.".Length]));

        // Only the folder just packed is a source: nothing is looked up elsewhere.
        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""<configuration><packageSources><clear /><add key="packed" value="{feed}" /></packageSources></configuration>""");
        var install = await ToolProcess.RunAsync(
            ToolProcess.Info("dotnet", _root, "tool", "install", "chainharness", "--tool-path", Path.Combine(_root, "tools"),
                "--add-source", feed, "--configfile", config, "--version", package["chainharness.".Length..]),
            Slow);
        Assert.That(install.Exit, Is.Zero, install.Output);
        _tool = Path.Combine(_root, "tools", "chainharness");
    }

    [OneTimeTearDown]
    public void RemoveEverything() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task InstalledTool_RunsThePlanChainFromAnEmptyFolder_ExitZeroAndEveryReport()
    {
        var reports = Path.Combine(_root, "reports");

        var run = await ToolProcess.RunAsync(ToolProcess.Info(_tool, _work, "run", "--steps", "1-4b", "--report-dir", reports), Slow);

        Assert.That(run.Exit, Is.Zero, run.Output);
        Assert.That(Directory.GetFiles(reports).Select(Path.GetFileName),
            Is.SupersetOf(new[] { "report.json", "junit.xml", "report.html", "findings.md", "findings.csv" }));
        Assert.That(Directory.GetFileSystemEntries(_work), Is.Empty, "the working folder is left as it was");
    }

    [Test]
    public void InstalledTool_OnLinuxX64_IsTheReadyToRunPackage()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.Ignore("The ReadyToRun package is the linux-x64 one; elsewhere the portable package is installed.");
        }

        var installed = Path.GetDirectoryName(new FileInfo(_tool).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _tool)!;
        using var engine = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(installed, "ChainHarness.Engine.dll")));

        Assert.That(installed, Does.Contain("chainharness.linux-x64"));
        Assert.That(engine.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size, Is.GreaterThan(0), "a ReadyToRun assembly carries precompiled code (its managed native header)");
    }

    [Test]
    public async Task InstalledTool_Simulate_ServesTheStubsShippedWithIt()
    {
        var output = await ToolProcess.RunUntilAsync(ToolProcess.Info(_tool, _work, "simulate", "--set", "ChainHarness:Simulate:BasePort=0"), "Ctrl-C", Slow);

        var stubs = output.Split('\n').Select(l => l.TrimEnd()).Single(l => l.StartsWith("Stubs:", StringComparison.Ordinal));
        Assert.That(stubs, Does.Contain(Path.Combine(".store", "chainharness")).And.EndsWith("stubs"), output);
    }
}
