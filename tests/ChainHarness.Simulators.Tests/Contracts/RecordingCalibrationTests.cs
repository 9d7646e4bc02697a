using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Simulators.Recording;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.Standalone;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Simulators.Tests.Contracts;

/// <summary>
/// Calibration: a recording (what Mode Record writes against pre-productie; here made against the RTR
/// simulator, nothing leaves the machine) is checked against the contract, and <c>simulate --recordings</c>
/// serves it in place of the built-in behaviour for that service.
/// </summary>
public sealed class RecordingCalibrationTests
{
    private const string Query = "?datum=02-03-2026&organisatieCode=9999&pageSize=200";

    [Test]
    public async Task Recording_OfTheRtr_FitsTheContract()
    {
        using var temp = TempFolder.Create();
        var folder = await RecordRtrAsync(temp.Path);

        var checks = ContractRecordings.Check(ServiceContracts.Load("rtr-gegevens"), folder);

        Assert.That(checks, Has.Count.EqualTo(2));
        Assert.That(checks.SelectMany(c => c.Value.Select(p => $"{c.Key}: {p}")), Is.Empty);
    }

    [Test]
    public async Task Recording_WithAnInventedShape_IsNamedByTheCheck()
    {
        using var temp = TempFolder.Create();
        var folder = await RecordRtrAsync(temp.Path);
        EditRecordedAnswer(folder, activity =>
        {
            activity["identificatie"] = activity["urn"]!.DeepClone();
            activity.Remove("urn");
        });

        var checks = ContractRecordings.Check(ServiceContracts.Load("rtr-gegevens"), folder);

        Assert.That(checks.Values.SelectMany(p => p), Has.Some.Contains("urn"));
    }

    [Test]
    public async Task Simulate_WithRecordings_ServesTheRecordedAnswerInPlaceOfTheBuiltInOne()
    {
        using var temp = TempFolder.Create();
        var folder = await RecordRtrAsync(temp.Path);
        EditRecordedAnswer(folder, activity => activity["omschrijving"] = "Opgenomen activiteit");

        using var simulation = StandaloneSimulation.Start(new ProfileOptions(), new SimulateOptions { BasePort = 0 }, null, temp.Path);
        var rtr = simulation.Services.Single(s => s.Name == "Rtr");
        var recorded = await SimulatorContract.Http.GetStringAsync(new Uri(rtr.BaseUrl + "/activiteiten" + Query));
        var builtIn = await SimulatorContract.Http.GetStringAsync(new Uri(rtr.BaseUrl + "/activiteiten?datum=02-03-2026&pageSize=200"));

        Assert.That(recorded, Does.Contain("Opgenomen activiteit"));
        Assert.That(builtIn, Does.Not.Contain("Opgenomen"));
    }

    /// <summary>Changes the first activity of the recorded 200 answer, as a recording from another world would differ.</summary>
    private static void EditRecordedAnswer(string folder, Action<JsonObject> edit)
    {
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            var mapping = JsonNode.Parse(File.ReadAllText(file))!;
            if ((int?)mapping["Response"]!["StatusCode"] != 200)
            {
                continue;
            }

            var body = JsonNode.Parse((string)mapping["Response"]!["Body"]!)!;
            edit(body["_embedded"]!["activiteiten"]![0]!.AsObject());
            mapping["Response"]!["Body"] = body.ToJsonString();
            File.WriteAllText(file, mapping.ToJsonString());
        }
    }

    /// <summary>Records two RTR exchanges (an answer and a 400) through the recording proxy; the endpoint's folder.</summary>
    private static async Task<string> RecordRtrAsync(string root)
    {
        var world = TestWorlds.Create();
        using var rtr = new RtrSimulator(world).Start();
        var folder = Path.Combine(root, "Rtr");
        using (var proxy = new RecordingProxy("Rtr", rtr.BaseUrl, folder, SecretRedactor.None))
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Add("x-api-key", EndpointOptions.SimulatedApiKey);
            (await client.GetAsync(new Uri(proxy.BaseUrl + "/activiteiten" + Query))).Dispose();
            (await client.GetAsync(new Uri(proxy.BaseUrl + "/activiteiten?datum=2026-03-02"))).Dispose();
        }

        return folder;
    }
}
