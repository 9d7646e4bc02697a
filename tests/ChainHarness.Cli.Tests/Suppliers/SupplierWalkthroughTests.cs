using System.Text.Json;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Suppliers;

/// <summary>
/// Outside software in the chain: a plan software and a VTH system, each its own process speaking only
/// the documented contracts (tests/Fakes), join the world <c>simulate</c> serves, and <c>run --world</c> drives
/// them through the <c>supplier-ci</c> template. Green when they behave; each misbehaviour fails the right
/// step with the supplier as the likely owner, never KOOP.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class SupplierWalkthroughTests
{
    [OneTimeSetUp]
    public void Tokens()
    {
        // The secrets the template reads with ${env:…}: in CI they come from the CI's secret store.
        Environment.SetEnvironmentVariable("PLANWERK_TOKEN", SupplierWorld.PlanToken);
        Environment.SetEnvironmentVariable("ZAAKWERK_TOKEN", SupplierWorld.VthToken);
    }

    [Test]
    public async Task Walkthrough_FakesBehave_ChainClosesWithTheirExchangesAsEvidence()
    {
        var (exit, steps, output, report) = await RunAsync("", "");

        Assert.That(exit, Is.Zero, output);
        Assert.That(steps.Where(s => s.Id is not ("10" or "11")).Select(s => s.Status), Is.All.EqualTo("Passed"), output);
        Assert.That(output, Does.Contain("De keten is gesloten"));
        Assert.That(report, Does.Contain("LVBB (ebMS) 200"), "the fake plan software delivered over the LVBB's ebMS koppelvlak, and the LVBB acknowledged");
    }

    [TestCase("datum-verleden", "", "2", "F7", "plansoftware (leverancier)")]
    [TestCase("verkeerde-status", "", "3", "F2", "plansoftware (leverancier)")]
    [TestCase("blijft-in-behandeling", "", "3", "F4", "plansoftware (leverancier)")]
    [TestCase("", "bijlage-kwijt", "9a", "F16", "VTH-systeem (zaaksysteem)")]
    [TestCase("", "geen-bevestiging", "9b", null, "VTH-systeem (zaaksysteem)")]
    public async Task Walkthrough_FakeMisbehaves_RightStepFailsWithTheSupplierAsOwner(string plan, string vth, string step, string? finding, string owner)
    {
        var (exit, steps, output, _) = await RunAsync(plan, vth);

        Assert.That(exit, Is.EqualTo(1), output);
        var failed = steps.First(s => s.Status == "Failed");
        Assert.That(failed.Id, Is.EqualTo(step), output);
        Assert.That(failed.Finding, Is.EqualTo(finding), output);
        Assert.That(failed.Owner, Is.EqualTo(owner), output);
    }

    private static async Task<(int Exit, List<(string Id, string Status, string? Finding, string Owner)> Steps, string Output, string Report)> RunAsync(string plan, string vth)
    {
        using var folder = TempFolder.Create();
        Directory.CreateDirectory(folder.Path);
        await using var world = await SupplierWorld.StartAsync(folder.Path, plan, vth);
        var console = new TestConsole().Width(400);

        var exit = await HarnessApp.RunAsync(world.RunArguments(folder.Path), console);

        var text = await File.ReadAllTextAsync(Path.Combine(folder.Path, "report.json"));
        using var report = JsonDocument.Parse(text);
        var steps = report.RootElement.GetProperty("steps").EnumerateArray().Select(s => (
            s.GetProperty("id").GetString()!,
            s.GetProperty("status").GetString()!,
            s.TryGetProperty("finding", out var f) && f.ValueKind == JsonValueKind.Object ? f.GetProperty("code").GetString() : null,
            Owner(s.GetProperty("likelyOwner")))).ToList();
        return (exit, steps, console.Output, text);
    }

    private static string Owner(JsonElement text) => text.ValueKind == JsonValueKind.String ? text.GetString()! : text.GetProperty("nl").GetString()!;
}
