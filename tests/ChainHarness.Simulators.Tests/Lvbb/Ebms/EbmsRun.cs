using ChainHarness.Simulators.Lvbb;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb.Ebms;

/// <summary>A simulated LVBB on a fake clock, for ebMS tests.</summary>
internal sealed record EbmsRun(LvbbSimulator Lvbb, FakeTimeProvider Time) : IDisposable
{
    public void Dispose() => Lvbb.Dispose();
}
