using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// As a sweep runs them: forty full chains, four at a time, on servers borrowed from one pool; every
/// other run injects F16 (the VTH system drops confidential attachments, found in step 9a). Each run
/// sees only its own verzoek, zaak, deliveries and faults, though the servers served the runs before it.
/// </summary>
[Category("Robustness")]
public sealed class PooledIsolationTests
{
    private const int Runs = 40;

    [Test]
    public async Task RunAsync_ManyOnOnePool_EachSeesOnlyItsOwnWorld()
    {
        // Given one pool and forty municipalities, the odd ones with F16
        using var pool = new SimulatorHostPool();
        using var gate = new SemaphoreSlim(4);

        // When they run, four at a time
        var runs = await Task.WhenAll(Enumerable.Range(1, Runs).Select(async n =>
        {
            await gate.WaitAsync();
            try
            {
                return await RunOneAsync(n, pool);
            }
            finally
            {
                gate.Release();
            }
        }));

        // Then the servers were reused, and each run's outcome and world are its own
        Assert.That(pool.Started, Is.LessThanOrEqualTo(4 * 12));
        Assert.Multiple(() =>
        {
            foreach (var (n, result, world) in runs)
            {
                var code = $"gm{9100 + n}";
                var faulty = n % 2 == 1;
                Assert.That(result.MunicipalityCode, Is.EqualTo(code));
                Assert.That(result["9a"].Outcome.Status, Is.EqualTo(faulty ? StepStatus.Failed : StepStatus.Passed), $"{code}: {result["9a"].Outcome.Cause}");
                Assert.That(result["8b"].Outcome.Status, Is.EqualTo(StepStatus.Passed), $"{code}: {result["8b"].Outcome.Cause}");
                Assert.That(world.Lvbb.Opdrachten.Select(o => o.IdBevoegdGezag), Is.All.EqualTo(Oin(n)), code);
                Assert.That(world.Verzoeken.All, Has.Count.EqualTo(1), code);
                Assert.That(world.Vth.Zaken.Select(z => z.Verzoeknummer), Is.EqualTo(world.Verzoeken.All.Select(v => v.Verzoeknummer)), code);
                Assert.That(world.Vth.Weigeringen, Is.Empty, code);
            }
        });
    }

    private static async Task<(int N, ChainResult Result, SimulatedWorld World)> RunOneAsync(int n, SimulatorHostPool pool)
    {
        var profile = FastProfiles.Local(n % 2 == 1 ? ["F16"] : []);
        profile.Municipality = new MunicipalityOptions { Code = $"gm{9100 + n}", Name = $"Testdorp {n}", Oin = Oin(n) };
        // This test is about isolation, not speed: forty chains share two cores with the rest of the suite, so a
        // step gets a generous deadline (a passing run never waits it out; F16 fails 9a on what the zaak lacks).
        profile.Timing.StepDeadline = TimeSpan.FromSeconds(30);
        SimulatedWorld? world = null;
        var result = await LocalChain.RunAsync(profile, arrange: s => world = s.World, hosts: pool);
        return (n, result, world!);
    }

    private static string Oin(int n) => $"000000019999{n:D4}0000";
}
