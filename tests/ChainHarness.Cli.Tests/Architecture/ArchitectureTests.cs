using ArchUnitNET.Loader;
using ArchUnitNET.NUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ChainHarness.Cli.Tests.Architecture;

/// <summary>The shape ARCHITECTURE.md promises, checked on the compiled assemblies with ArchUnitNET.</summary>
public sealed class ArchitectureTests
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() => new ArchLoader().LoadAssemblies(
        typeof(Engine.Steps.IChainStep).Assembly,
        typeof(Simulators.LocalChain).Assembly,
        typeof(Board.Hosting.BoardServer).Assembly,
        typeof(HarnessApp).Assembly).Build());

    private static ArchUnitNET.Domain.Architecture Project => Loaded.Value;

    [TestCase("ChainHarness.Engine")]
    [TestCase("ChainHarness.Simulators")]
    [TestCase("ChainHarness.Board")]
    [TestCase("ChainHarness.Cli")]
    public void Project_HasNoNamespaceCycles(string project)
    {
        var graph = NamespaceGraph.Of(Project, project);

        var cycles = graph.Cycles().ToList();

        Assert.That(graph.Namespaces, Is.Not.Empty, "the project's types were loaded");
        Assert.That(cycles, Is.Empty, graph.Describe(cycles));
    }

    [Test]
    public void Simulators_NeverImportEngineSteps()
    {
        Types().That().ResideInNamespaceOrBelow("ChainHarness.Simulators")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow("ChainHarness.Engine.Steps")
            .Check(Project);
    }

    [Test]
    public void Engine_ImportsNoSimulatorBoardOrCli()
    {
        Types().That().ResideInNamespaceOrBelow("ChainHarness.Engine")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^ChainHarness\.(Simulators|Board|Cli)(\..*)?$")
            .Check(Project);
    }

    [Test]
    public void Steps_DoNotImportEachOther()
    {
        var graph = NamespaceGraph.Of(Project, "ChainHarness.Engine.Steps");
        var stepFolders = graph.Namespaces.Where(n => n.Count(c => c == '.') == 3).ToList();

        var crossings = stepFolders.SelectMany(s => graph.DependenciesOf(s).Where(d => d != s && stepFolders.Any(o => d == o || d.StartsWith(o + ".", StringComparison.Ordinal))).Select(d => $"{s} → {d}"));

        Assert.That(stepFolders, Has.Count.GreaterThanOrEqualTo(Engine.Steps.KnownSteps.All.Count), "one namespace per step folder");
        Assert.That(crossings, Is.Empty);
    }

    [Test]
    public void CycleFinder_FindsAPlantedCycle()
    {
        var graph = NamespaceGraph.From([("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E")]);

        Assert.That(graph.Cycles(), Is.EqualTo(new[] { new[] { "A", "B", "C" } }));
    }
}
