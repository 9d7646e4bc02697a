using System.Text.Json;
using ChainHarness.Board.Live;
using ChainHarness.Engine.Running;

namespace ChainHarness.Board.Tests.Live;

public sealed class BoardRunsTests
{
    [Test]
    public async Task TryStart_WhileARunIsGoing_RefusedUntilItIsDone()
    {
        var release = new TaskCompletionSource();
        await using var runs = new BoardRuns(ScriptedChain.Create(beforeRun: () => release.Task), new EventStream());

        var first = runs.TryStart(Catalogue.Named("F7"));
        var second = runs.TryStart(Catalogue.Named("F9"));
        release.SetResult();
        await runs.Current.WaitAsync(TimeSpan.FromSeconds(20));
        var third = runs.TryStart(Catalogue.Named("F9"));

        Assert.That((first, second, third), Is.EqualTo((1, (int?)null, 2)));
    }

    [Test]
    public async Task Run_FailingScenario_KeepsEachStepForItsDetailAndEndsWithTheVerdict()
    {
        var events = new EventStream();
        await using var runs = new BoardRuns(ScriptedChain.Create(), events);

        runs.TryStart(Catalogue.Named("F7"));
        var seen = await ReadUntilOverAsync(events);

        Assert.That(runs.Finished("2")?.Outcome.Finding, Is.EqualTo("F7"));
        var done = seen.Last();
        Assert.That(done.Type, Is.EqualTo("done"));
        Assert.That(done.Data.GetProperty("verdict").GetProperty("nl").GetString(), Does.StartWith("De keten is niet gesloten: stap 2"));
        Assert.That(done.Data.GetProperty("findingShown").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Run_ScenarioWhoseFaultNoStepReports_DoneSaysTheFindingWasNotShown()
    {
        var events = new EventStream();
        await using var runs = new BoardRuns(ScriptedChain.Create(reported: _ => false), events);

        runs.TryStart(Catalogue.Named("F3"));
        var done = (await ReadUntilOverAsync(events)).Last();

        Assert.That(done.Data.GetProperty("closed").GetBoolean(), Is.True);
        Assert.That(done.Data.GetProperty("findingShown").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Run_ChainItselfThrows_AProblemEventWithTheMessageOnly()
    {
        var events = new EventStream();
        var broken = new BoardChain("Testdorp", "gm9999", Engine.Scenarios.ScenarioCatalog.BuiltIn, (_, _, _) => Task.FromException<ChainResult>(new InvalidOperationException("the simulators did not start")));
        await using var runs = new BoardRuns(broken, events);

        runs.TryStart(Catalogue.Named(Engine.Scenarios.ScenarioCatalog.AllesGoed));
        var problem = (await ReadUntilOverAsync(events)).Last();

        Assert.That(problem.Type, Is.EqualTo("problem"));
        var message = problem.Data.GetProperty("message").GetProperty("nl").GetString();
        Assert.That(message, Does.EndWith("the simulators did not start"));
        Assert.That(message, Does.Not.Contain(" at "), "no stack trace");
    }

    private static async Task<List<(string Type, JsonElement Data)>> ReadUntilOverAsync(EventStream events)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var page = events.Subscribe(cts.Token);
        var seen = new List<(string, JsonElement)>();
        await foreach (var e in page.ReadAllAsync(cts.Token))
        {
            seen.Add((e.Type, JsonDocument.Parse(e.Json).RootElement.Clone()));
            if (e.Type is "done" or "problem")
            {
                break;
            }
        }

        return seen;
    }
}
