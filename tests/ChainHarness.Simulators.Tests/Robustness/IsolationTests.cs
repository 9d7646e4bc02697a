using ChainHarness.Engine.Waiting;
using System.Diagnostics;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// Fifty runs of the plan chain (1–3) at once in one process, each its own municipality and its own
/// simulators; every other run injects F7. No run sees another's deliveries or faults.
/// </summary>
[Category("Robustness")]
public sealed class IsolationTests
{
    public const int Runs = 50;

    [Test]
    public async Task RunAsync_FiftyInParallel_EachSeesOnlyItsOwnDeliveriesAndFaults()
    {
        // Given fifty municipalities gm9001…gm9050, the odd ones with F7
        var watch = Stopwatch.StartNew();

        // When they all run steps 1–3 at the same time
        var runs = await Task.WhenAll(Enumerable.Range(1, Runs).Select(RunOneAsync));

        // Then each run's outcome is that of its own faults, and its LVBB holds only its own deliveries
        TestContext.Out.WriteLine($"{Runs} parallel runs took {watch.ElapsedMilliseconds} ms");
        Assert.Multiple(() =>
        {
            foreach (var (n, result, world) in runs)
            {
                var code = Code(n);
                var faulty = n % 2 == 1;
                Assert.That(result.MunicipalityCode, Is.EqualTo(code));
                Assert.That(world.Faults.Active, Is.EqualTo(faulty ? new[] { PlanFaults.F7 } : Array.Empty<string>()), code);
                Assert.That(result["2"].Outcome.Status, Is.EqualTo(faulty ? StepStatus.Failed : StepStatus.Passed), $"{code}: {result["2"].Outcome.Cause}");
                Assert.That(result["3"].Outcome.Status, Is.EqualTo(faulty ? StepStatus.Skipped : StepStatus.Passed), $"{code}: {result["3"].Outcome.Cause}");
                Assert.That(world.Lvbb.Opdrachten, Has.Count.EqualTo(faulty ? 1 : 2), code);
                Assert.That(world.Lvbb.Opdrachten.Select(o => o.IdBevoegdGezag), Is.All.EqualTo(Oin(n)), code);
            }
        });
    }

    private static async Task<(int N, ChainResult Result, SimulatedWorld World)> RunOneAsync(int n)
    {
        var profile = new ProfileOptions
        {
            Municipality = new MunicipalityOptions { Code = Code(n), Name = $"Testdorp {n}", Oin = Oin(n) },
            Faults = n % 2 == 1 ? [PlanFaults.F7] : [],
            Timing = new TimingOptions { PollInterval = TimeSpan.FromMilliseconds(20), StepDeadline = TimeSpan.FromSeconds(20), LvbbProcessingDelay = TimeSpan.FromMilliseconds(50) },
        };
        StepSelection.TryParse("1-3", out var selection, out _);
        SimulatedWorld? world = null;
        var result = await LocalChain.RunAsync(profile, selection, arrange: s => world = s.World);
        return (n, result, world!);
    }

    private static string Code(int n) => $"gm{9000 + n}";

    private static string Oin(int n) => $"000000019999{n:D4}0000";
}
