using System.Net;
using System.Text.Json;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Commands;

public sealed class SimulateCommandTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Test]
    public async Task Simulate_ServesEveryPrintedServiceWithStubsAndAdmin_FaultsSwitchAtRunTime_StopsOnCancel()
    {
        // Given simulate started in-process on free ports with F7 on
        var console = new TestConsole().Width(400);
        using var stop = new CancellationTokenSource();
        var app = HarnessApp.RunAsync(
            ["simulate", "--stubs", RepositoryFolders.Stubs, "--set", "ChainHarness:Simulate:BasePort=0", "--fault", "F7"], console, stop.Token);
        await WaitForAsync(() => console.Output.Contains("Ctrl-C", StringComparison.Ordinal) || app.IsCompleted);
        Assert.That(app.IsCompleted, Is.False, console.Output);
        var rows = Rows(console.Output);
        var services = rows.Where(r => r.Name != "Faults").ToList();
        Assert.That(services.Select(s => s.Name), Does.Contain("Lvbb").And.Contain("Ozon").And.Contain("Bekendmakingen"));

        // When / Then: every printed service answers (its ping stub when it has one), and its admin API is on
        Assert.That(services.Count(s => s.Stubs > 0), Is.GreaterThanOrEqualTo(10), "a ping stub per national service");
        foreach (var service in services)
        {
            if (service.Stubs > 0)
            {
                var ping = await Http.GetStringAsync($"{service.Url}/_ping");
                Assert.That(JsonDocument.Parse(ping).RootElement.GetProperty("service").GetString(), Is.EqualTo(service.Name));
            }
            else
            {
                using var answer = await Http.GetAsync(service.Url);
                Assert.That((int)answer.StatusCode, Is.LessThan(500), service.Name);
            }

            using var mappings = await Http.GetAsync($"{service.Admin}/mappings");
            Assert.That(mappings.StatusCode, Is.EqualTo(HttpStatusCode.OK), service.Name);
        }

        // and the fault switch lists, removes and adds faults on the shared world
        var faults = rows.Single(r => r.Name == "Faults").Url;
        Assert.That(await Active(HttpMethod.Get, faults), Is.EqualTo(new[] { "F7" }));
        Assert.That(await Active(HttpMethod.Delete, $"{faults}/F7"), Is.Empty);
        Assert.That(await Active(HttpMethod.Post, $"{faults}/f6"), Is.EqualTo(new[] { "F6" }));
        using var unknown = await Http.PostAsync($"{faults}/F99", null);
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        // and the world is described on the control port, with the same URLs, and its addresses as environment variables
        var world = JsonDocument.Parse(await Http.GetStringAsync(faults.Replace("/__world/faults", "/__world", StringComparison.Ordinal))).RootElement;
        Assert.That(world.GetProperty("landelijk").GetProperty("Lvbb").GetString()!.TrimEnd('/'), Is.EqualTo(services.Single(s => s.Name == "Lvbb").Url));
        Assert.That(world.GetProperty("gemeentelijk").TryGetProperty("Gemeentesoftware", out _), Is.True);
        Assert.That(console.Output, Does.Contain("${national:Lvbb}").And.Contain("Wereld gereed: http://127.0.0.1:"));

        // and it stops on cancellation
        await stop.CancelAsync();
        Assert.That(await app.WaitAsync(TimeSpan.FromSeconds(20)), Is.Zero);
        Assert.That(async () => await Http.GetAsync($"{services[0].Url}/_ping"), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task Simulate_UnknownFault_ExitTwoListingTheKnownOnes()
    {
        var console = new TestConsole().Width(400);

        var exit = await HarnessApp.RunAsync(["simulate", "--set", "ChainHarness:Simulate:BasePort=0", "--fault", "F99"], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("no fault named 'F99'").And.Contain("F7"));
    }

    private static async Task<string[]> Active(HttpMethod method, string url)
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(method, url));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("active").EnumerateArray().Select(e => e.GetString()!)];
    }

    private static List<(string Name, string Url, string Admin, int Stubs)> Rows(string output) =>
        output.Split('\n')
            .Select(line => line.Split('│', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 5 && cells[2].StartsWith("http://", StringComparison.Ordinal))
            .Select(cells => (cells[1], cells[2].TrimEnd('/'), cells[3].TrimEnd('/'), int.TryParse(cells[4], out var n) ? n : 0))
            .ToList();

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1200 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
