using System.Text.Json.Nodes;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing.Contracts;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb;

/// <summary>The simulated LVBB's routes and answers, checked against contracts/lvbb/contract.json (the data, not the engine's code).</summary>
public sealed class LvbbContractTests
{
    private static readonly ServiceContract Contract = ServiceContracts.Load("lvbb");

    [Test]
    public void Routes_AreTheContractsOperations()
    {
        using var lvbb = (LvbbSimulator)new LvbbSimulator(TestWorlds.Create()).Start();

        var fromContract = Contract.Operations.Select(o => $"{(string)o["method"]!} {(string)o["path"]!}").Order().ToList();

        Assert.That(lvbb.BasePath, Is.EqualTo(Contract.BasePath));
        Assert.That(lvbb.Routes.Order().ToList(), Is.EqualTo(fromContract));
    }

    [Test]
    public async Task HttpUpload_AcceptedAndRefusedAnswers_FitTheContractsShapes()
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        using var lvbb = (LvbbSimulator)new LvbbSimulator(TestWorlds.Create(time)).Start();
        var url = new Uri($"{lvbb.BaseUrl}/opdrachten");

        var accepted = await SimHttp.PostZipAsync(url, Zip(lvbb.World, "lev-c1"));
        var refused = await SimHttp.PostZipAsync(url, "no zip"u8.ToArray());
        time.Advance(TestWorlds.LvbbDelay);
        var verslag = await SimHttp.GetAsync(new Uri($"{lvbb.BaseUrl}/opdrachten/lev-c1/verslag"));

        Assert.That(accepted.Status, Is.EqualTo(202));
        Assert.That(ContractShapes.ValidateJson(Shape("http-upload", 202), accepted.Body!.ToJsonString()), Is.Empty);
        Assert.That(refused.Status, Is.EqualTo(400));
        Assert.That(ContractShapes.ValidateJson(Shape("http-upload", 400), refused.Body!.ToJsonString()), Is.Empty);
        Assert.That(ContractShapes.ValidateJson(Shape("http-verslag", 200), verslag.Body!.ToJsonString()), Is.Empty);
    }

    [Test]
    public async Task HttpVerslag_OfADirecteMutatieAndAnAfbreken_FitTheContractsShape()
    {
        using var run = new LvbbRun();
        var (_, _, mutatie) = await run.SendAsync(LvbbDeliveries.DirecteMutatie(run.World, "dm-c1"));
        var (_, _, afbreken) = await run.SendAsync(LvbbDeliveries.Afbreken("afb-c1", run.World.Profile.Municipality.Oin, "/akn/nl/bill/gm9999/2026/nooit"));

        Assert.That(((string?)mutatie!["status"], (string?)afbreken!["uitkomst"]), Is.EqualTo(("gemuteerd", "behandeling-mislukt")));
        Assert.That(ContractShapes.ValidateJson(Shape("http-verslag", 200), mutatie.ToJsonString()), Is.Empty);
        Assert.That(ContractShapes.ValidateJson(Shape("http-verslag", 200), afbreken.ToJsonString()), Is.Empty);
    }

    [Test]
    public void ContractShape_RefusesAnAnswerOfAnotherShape_SoTheCheckCanFail() =>
        Assert.That(ContractShapes.ValidateJson(Shape("http-upload", 202), """{"status":"afgewezen"}"""), Is.Not.Empty);

    private static JsonObject Shape(string operation, int status) => (JsonObject)Contract.Response(operation, status)["shape"]!;

    private static byte[] Zip(SimulatedWorld world, string id) =>
        OpdrachtRewriter.Rewrite(DeliveryZip.Write(DeliveryEdits.Testdorp(world)), LvbbOpdrachtSoort.Validatie, id);
}
