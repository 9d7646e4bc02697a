using ChainHarness.Board.Live;

namespace ChainHarness.Board.Tests.Live;

public sealed class EventStreamTests
{
    [Test]
    public async Task Subscribe_AfterEvents_GetsTheRunSoFarThenTheLiveMarkerThenWhatFollows()
    {
        // Given
        var stream = new EventStream();
        stream.Begin(BoardEvent.Of("run", new { runId = 1 }));
        stream.Publish(BoardEvent.Of("step", new { step = "1" }));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        // When
        var page = stream.Subscribe(cts.Token);
        stream.Publish(BoardEvent.Of("done", new { runId = 1 }));

        // Then
        var seen = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            seen.Add((await page.ReadAsync(cts.Token)).Type);
        }

        Assert.That(seen, Is.EqualTo(new[] { "run", "step", "live", "done" }));
    }

    [Test]
    public async Task Begin_NewRun_ALatePageNoLongerSeesThePreviousOne()
    {
        var stream = new EventStream();
        stream.Begin(BoardEvent.Of("run", new { runId = 1 }));
        stream.Publish(BoardEvent.Of("done", new { runId = 1 }));
        stream.Begin(BoardEvent.Of("run", new { runId = 2 }));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        var page = stream.Subscribe(cts.Token);

        Assert.That((await page.ReadAsync(cts.Token)).Json, Is.EqualTo("""{"runId":2}"""));
        Assert.That((await page.ReadAsync(cts.Token)).Type, Is.EqualTo("live"));
    }

    [Test]
    public async Task Complete_EndsEveryPage()
    {
        var stream = new EventStream();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var page = stream.Subscribe(cts.Token);
        await page.ReadAsync(cts.Token);

        stream.Complete();

        Assert.That(await page.WaitToReadAsync(cts.Token), Is.False);
    }

    [Test]
    public void ToWire_OneEvent_IsServerSentEventFormat()
    {
        Assert.That(BoardEvent.Of("step", new { step = "4b" }).ToWire(), Is.EqualTo("event: step\ndata: {\"step\":\"4b\"}\n\n"));
    }
}
