namespace ChainHarness.Simulators.Tests.Indienen;

/// <summary>A test fixture with a fresh <see cref="LoketHarness"/> (no faults) for every test.</summary>
public abstract class LoketFixture
{
    internal LoketHarness Loket { get; private set; } = null!;

    [SetUp]
    public void StartLoket() => Loket = new LoketHarness();

    [TearDown]
    public void StopLoket() => Loket.Dispose();
}
