using System.Collections.Concurrent;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Chain;
using ChainHarness.Simulators;
using WireMock;

namespace ChainHarness.Benchmarks.Floor;

/// <summary>
/// Records the requests the chain's client sends to the simulators of one run (the engine's and the
/// simulated municipal software's), in the order they were answered, with full bodies and answers.
/// The world's own calls (a notification push, the VTH system fetching a verzoek: they carry the
/// world-call header) are counted, not recorded: a fresh world makes them again by itself.
/// </summary>
internal sealed class ExchangeRecorder : IChainObserver
{
    /// <summary>The simulated world's own calls carry this header (<c>Simulators.Hosting.WorldCallMarker</c>).</summary>
    public const string WorldCallHeader = "X-ChainHarness-World-Call";

    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Expect", "traceparent", "tracestate",
    };

    private readonly ConcurrentQueue<RecordedExchange> _exchanges = new();
    private int _worldCalls;

    public IReadOnlyList<RecordedExchange> Exchanges => [.. _exchanges];

    /// <summary>How many exchanges came before step 1: the preflight's checks of the connections (as the runner's observer).</summary>
    public int Preflight { get; private set; } = -1;

    /// <summary>The chain's work after its preflight (a raw client checks no connections first; some of those checks are answered 404 by design).</summary>
    public IReadOnlyList<RecordedExchange> ChainWork => [.. _exchanges.Skip(Math.Max(0, Preflight))];

    /// <summary>How many of the world's own calls were seen (and left out).</summary>
    public int WorldCalls => Volatile.Read(ref _worldCalls);

    public static ExchangeRecorder Attach(LocalSimulation simulation)
    {
        var recorder = new ExchangeRecorder();
        foreach (var server in simulation.Servers)
        {
            var name = server.Name;
            server.ExchangeObserver = (request, response) => recorder.Record(name, request, response);
        }

        return recorder;
    }

    public void StepStarted(StepDefinition step)
    {
        if (Preflight < 0)
        {
            Preflight = _exchanges.Count;
        }
    }

    private void Record(string server, IRequestMessage message, IResponseMessage response)
    {
        var all = message.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>();
        if (all.Keys.Any(k => k.Equals(WorldCallHeader, StringComparison.OrdinalIgnoreCase)))
        {
            Interlocked.Increment(ref _worldCalls);
            return;
        }

        var headers = all.Where(h => !HopHeaders.Contains(h.Key)).Select(h => new KeyValuePair<string, string[]>(h.Key, [.. h.Value])).ToList();
        var body = message.BodyData?.BodyAsBytes ?? (message.Body is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : []);
        var answerHeaders = response.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>();
        _exchanges.Enqueue(new RecordedExchange(
            server, message.Method, new Uri(message.AbsoluteUrl), headers, body,
            response.StatusCode is int status ? status : int.TryParse(response.StatusCode?.ToString(), out var parsed) ? parsed : 0,
            Header(answerHeaders, "Content-Type"),
            response.BodyData?.BodyAsBytes ?? [],
            Header(answerHeaders, "Location")));
    }

    private static string? Header(IDictionary<string, WireMock.Types.WireMockList<string>> headers, string name) =>
        headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
