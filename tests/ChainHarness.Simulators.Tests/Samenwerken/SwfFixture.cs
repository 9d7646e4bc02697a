namespace ChainHarness.Simulators.Tests.Samenwerken;

/// <summary>Gives each test a fresh SWF simulator (<see cref="SwfScenario"/>), stopped after it.</summary>
public abstract class SwfFixture
{
    internal SwfScenario Swf { get; private set; } = null!;

    [SetUp]
    public void StartSimulator() => Swf = new SwfScenario();

    [TearDown]
    public void StopSimulator() => Swf.Dispose();
}
