using System.Diagnostics;
using ChainHarness.Simulators;

namespace ChainHarness.Benchmarks.Floor;

/// <summary>
/// The honest floor: the chain's client requests (<see cref="FloorPlan"/>) sent with a plain HttpClient
/// to a fresh simulated world, one after the other, nothing else: addresses and server-created ids are
/// taken from the fresh answers (<see cref="IdMap"/>), so nothing is refused as a replay. A poll is asked
/// again when the world announces a change (the same event the chain's waits wake on), until it answers
/// as the chain's last ask did. The world's own calls (notifications, the VTH system's fetches) happen
/// by themselves, as in the chain.
/// </summary>
internal sealed class HonestFloor : IDisposable
{
    private static readonly TimeSpan PollDeadline = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseProxy = false });

    public async Task<FloorRun> RunAsync(IReadOnlyList<FloorStep> plan, IReadOnlyDictionary<string, Uri> recordedServers, LocalSimulation fresh)
    {
        var ids = new IdMap();
        var freshServers = fresh.Servers.ToDictionary(s => s.Name, s => s.BaseUrl);
        foreach (var (name, url) in recordedServers)
        {
            ids.Add(url.GetLeftPart(UriPartial.Authority), freshServers[name].GetLeftPart(UriPartial.Authority));
        }

        var statuses = new List<int>();
        var mismatches = 0;
        var watch = Stopwatch.StartNew();
        foreach (var step in plan)
        {
            var recorded = step.Exchange;
            using var deadline = new CancellationTokenSource(PollDeadline);
            var mark = fresh.World.Events.Mark;
            var (status, contentType, answer, location) = await SendAsync(recorded, ids).ConfigureAwait(false);
            statuses.Add(status);
            while (step.IsPoll && !Ready(recorded, status, answer) && !deadline.IsCancellationRequested)
            {
                await WaitForTheWorldAsync(fresh, mark, deadline.Token).ConfigureAwait(false);
                mark = fresh.World.Events.Mark;
                (status, contentType, answer, location) = await SendAsync(recorded, ids).ConfigureAwait(false);
                statuses.Add(status);
            }

            mismatches += status == recorded.Status ? 0 : 1;
            ids.Learn(contentType ?? recorded.ContentType, recorded.Answer, answer, recorded.Location, location);
        }

        return new FloorRun(watch.Elapsed, statuses.Count, statuses, mismatches, ids.Count);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Answered as the chain's last ask was: the same status and an answer of the same size class (a list that is no longer empty).</summary>
    private static bool Ready(RecordedExchange recorded, int status, byte[] answer) =>
        status == recorded.Status && (recorded.Answer.Length == 0) == (answer.Length == 0) && Math.Abs(answer.Length - recorded.Answer.Length) <= recorded.Answer.Length / 2;

    private static async Task WaitForTheWorldAsync(LocalSimulation world, long mark, CancellationToken cancellationToken)
    {
        try
        {
            await world.World.Events.AnnouncedAfterAsync(mark, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<(int Status, string? ContentType, byte[] Answer, string? Location)> SendAsync(RecordedExchange exchange, IdMap ids)
    {
        using var request = new HttpRequestMessage(new HttpMethod(exchange.Method), ids.Apply(exchange.Url.ToString()));
        var body = ids.Apply(exchange.Body);
        if (body.Length > 0 || exchange.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in exchange.Headers)
        {
            var rewritten = values.Select(ids.Apply).ToArray();
            if (!request.Headers.TryAddWithoutValidation(name, rewritten))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, rewritten);
            }
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        var answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), answer, response.Headers.Location?.ToString());
    }
}
