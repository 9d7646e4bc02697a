using System.Collections.Concurrent;
using ChainHarness.Simulators;
using WireMock;

namespace ChainHarness.Benchmarks;

/// <summary>
/// Records every request the simulators of one run receive (the engine's, the simulated municipal
/// software's and simulator-to-simulator notifications), in arrival order, with full bodies.
/// </summary>
internal sealed class ExchangeRecorder
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Expect",
    };

    private readonly ConcurrentQueue<RecordedExchange> _exchanges = new();

    public IReadOnlyList<RecordedExchange> Exchanges => [.. _exchanges];

    public int Count => _exchanges.Count;

    public static ExchangeRecorder Attach(LocalSimulation simulation)
    {
        var recorder = new ExchangeRecorder();
        foreach (var server in simulation.Servers)
        {
            server.RequestObserver = recorder.Record;
        }

        return recorder;
    }

    public void Clear() => _exchanges.Clear();

    private void Record(IRequestMessage message)
    {
        var headers = (message.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .Where(h => !HopHeaders.Contains(h.Key))
            .Select(h => new KeyValuePair<string, string[]>(h.Key, [.. h.Value]))
            .ToList();
        var body = message.BodyData?.BodyAsBytes ?? (message.Body is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : []);
        _exchanges.Enqueue(new RecordedExchange(message.Method, new Uri(message.AbsoluteUrl), headers, body));
    }
}
