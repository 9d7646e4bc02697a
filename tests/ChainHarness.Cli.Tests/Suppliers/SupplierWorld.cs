using ChainHarness.Engine.Waiting;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Suppliers;

/// <summary>
/// The supplier walkthrough (docs/suppliers.md) in one object: <c>simulate</c> serving one world, the two
/// reference fakes as processes of their own pointed at it, and <c>run --world</c> with the
/// <c>supplier-ci</c> profile template pointed at the fakes.
/// </summary>
internal sealed class SupplierWorld : IAsyncDisposable
{
    public const string PlanToken = "planwerk-test-sleutel";
    public const string VthToken = "zaakwerk-test-sleutel";
    private readonly CancellationTokenSource _stop = new();
    private Task<int>? _simulate;
    private FakeProcess? _plan;
    private FakeProcess? _vth;

    public Dictionary<string, string> Environment { get; private set; } = [];

    public static async Task<SupplierWorld> StartAsync(string folder, string planMisbehaviour = "", string vthMisbehaviour = "")
    {
        var world = new SupplierWorld();
        var envFile = Path.Combine(folder, "world.env");
        var console = new TestConsole().Width(400);
        world._simulate = HarnessApp.RunAsync(["simulate", "--set", "ChainHarness:Simulate:BasePort=0", "--env-file", envFile], console, world._stop.Token);
        for (var i = 0; i < 1200 && !console.Output.Contains("Wereld gereed", StringComparison.Ordinal) && !world._simulate.IsCompleted; i++)
        {
            await Task.Delay(50);
        }

        world.Environment = File.ReadAllLines(envFile).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        world._plan = await FakeProcess.StartAsync(
            "FakePlanSoftware",
            new Dictionary<string, string> { ["PLANWERK_TOKEN"] = PlanToken, ["FAKE_MISBEHAVE"] = planMisbehaviour },
            "--lvbb", world.Environment["CHAINHARNESS_NATIONAL_LVBB"],
            "--voorbeeld", world.Environment["CHAINHARNESS_WORLD"] + "/__world/voorbeelden/plan-levering");
        world._vth = await FakeProcess.StartAsync("FakeVthSystem", new Dictionary<string, string> { ["ZAAKWERK_TOKEN"] = VthToken }, "--misbehave", vthMisbehaviour);
        return world;
    }

    /// <summary>The command line of the walkthrough's run, with the fakes' free ports instead of 8080 and 8090.</summary>
    public string[] RunArguments(string reportDir) =>
    [
        "run", "--world", Environment["CHAINHARNESS_WORLD"], "--config", Path.Combine(ChainHarness.Testing.RepositoryFolders.RepositoryRoot, "docs", "profiles", "supplier-ci.json"),
        "--non-interactive", "--report-dir", reportDir,
        "--set", $"ChainHarness:Profiles:supplier-ci:Drivers:PlanSoftware:Http:BaseUrl={_plan!.Url}api/v2",
        "--set", $"ChainHarness:Profiles:supplier-ci:Drivers:VthSystem:Http:BaseUrl={_vth!.Url}zaakwerk/v1",
        "--set", $"ChainHarness:Profiles:supplier-ci:Drivers:VthSystem:NotificationUrl={_vth.Url}dso/verzoeknotificaties",
        "--set", "ChainHarness:Profiles:supplier-ci:Timing:StepDeadline=00:00:08",
    ];

    public async ValueTask DisposeAsync()
    {
        _plan?.Dispose();
        _vth?.Dispose();
        await _stop.CancelAsync();
        if (_simulate is not null)
        {
            await _simulate.WaitAsync(TimeSpan.FromSeconds(20));
        }

        _stop.Dispose();
    }
}
