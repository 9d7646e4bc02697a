using ChainHarness.Simulators.Hosting.Tls;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.World;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// One simulated service on its own WireMock server (port 0 by default, loopback only). Routes are
/// declared once in <see cref="MapRoutes"/>; state lives in the shared <see cref="SimulatedWorld"/>.
/// Unknown paths answer 404 problem+json; a known path with another method 405; a handler that
/// throws 500 problem+json, and the server stays up. While an outage fault (F11) names this service,
/// every request gets the outage's answer instead.
/// </summary>
public abstract class SimulatorServer : IDisposable
{
    private readonly RouteTable _routes = new();
    private WireMockServer? _server;
    private (SimulatorHostPool Pool, PooledHost Host, string Lease)? _pooled;
    private ServiceOutage? _outage;

    protected SimulatorServer(SimulatedWorld world) => World = world;

    /// <summary>The endpoint name this simulator stands in for (see <c>DsoEndpoint</c>), or a municipal system's name.</summary>
    public abstract string Name { get; }

    /// <summary>The path under which the real API lives, e.g. <c>/publiek/omgevingsdocumenten/api/presenteren/v8</c>.</summary>
    public abstract string BasePath { get; }

    public SimulatedWorld World { get; }

    /// <summary>The base URL clients use: server URL plus <see cref="BasePath"/>.</summary>
    public Uri BaseUrl => new(ServerUrl.TrimEnd('/') + BasePath);

    public string ServerUrl => (_pooled is { } p ? p.Host.Server.Url + p.Lease : _server?.Url) ?? throw new InvalidOperationException($"Simulator {Name} is not started.");

    public IReadOnlyList<string> Routes => _routes.Templates;

    /// <summary>The largest request body accepted; a larger upload is refused with 413. Default 64 MB.</summary>
    public long MaxUploadBytes { get; set; } = Loopback.DefaultMaxUploadBytes;

    public WireMockServer Server => _pooled?.Host.Server ?? _server ?? throw new InvalidOperationException($"Simulator {Name} is not started.");

    /// <summary>
    /// When set before <see cref="Start(int, bool, string?)"/>, the simulator is served over HTTPS with this test CA's
    /// server certificate and answers only callers with a client certificate it issued (the PKIoverheid routes).
    /// Off by default: local runs stay plain HTTP on loopback.
    /// </summary>
    public TestCertificateAuthority? Tls { get; set; }

    /// <summary>True for a server that changes the world for everyone (the fault switch): it answers loopback callers only (<see cref="AdminGate"/>).</summary>
    protected virtual bool LoopbackCallersOnly => false;

    /// <summary>Sees every request before it is answered (a test's override from outside the engine). Off by default.</summary>
    public Action<IRequestMessage>? RequestObserver { get; set; }

    /// <summary>Sees every request with its answer, once answered (the benchmarks record a run's exchanges here). Off by default.</summary>
    public Action<IRequestMessage, IResponseMessage>? ExchangeObserver { get; set; }

    /// <summary>Starts on loopback; port 0 lets the socket pick a free one as it binds. Static mappings under <paramref name="stubsFolder"/> take precedence.</summary>
    public SimulatorServer Start(int port = 0, bool admin = false, string? stubsFolder = null)
    {
        MapRoutes(_routes);
        _outage = new ServiceOutage(World, Name);
        _server = Loopback.Start(port, admin, LoopbackCallersOnly, () => MaxUploadBytes, Tls?.Server);
        if (stubsFolder is not null && Directory.Exists(stubsFolder))
        {
            _server.ReadStaticMappings(stubsFolder);
        }

        // Every path: a predicate, not RegexMatcher(".*"), which compiles a regex (and JITs it) per server start.
        _server.Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .AtPriority(1_000_000)
            .RespondWith(Response.Create().WithCallback(message => Dispatch(message, message.Path)));
        return this;
    }

    /// <summary>
    /// Starts on a server borrowed from <paramref name="pool"/> (a sweep's): the URLs carry a path of
    /// this run's own, and <see cref="Dispose"/> gives the server back. No static mappings, no admin.
    /// </summary>
    public SimulatorServer Start(SimulatorHostPool pool)
    {
        MapRoutes(_routes);
        _outage = new ServiceOutage(World, Name);
        var host = pool.Rent();
        _pooled = (pool, host, host.Lease(Dispatch));
        return this;
    }

    public void Dispose()
    {
        if (_pooled is { } p)
        {
            _pooled = null;
            SimulatorHostPool.Return(p.Host, p.Lease);
        }

        _server?.Stop();
        _server?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract void MapRoutes(RouteTable routes);

    /// <summary>
    /// The real chain's access rules, before any route: a <c>/publiek/</c> API needs its <c>x-api-key</c>
    /// (<see cref="ApiKeyGate"/>); a simulator served over TLS needs a client certificate from the test CA
    /// (<see cref="PkioGate"/>). Null when the request may pass.
    /// </summary>
    private SimResponse? Gate(SimRequest request) =>
        (BasePath.StartsWith("/publiek/", StringComparison.Ordinal) ? ApiKeyGate.Check(request, World.Profile.Endpoint(Name).KeyToSend, Name) : null)
        ?? (Tls is { } ca ? PkioGate.Check(request, ca, Name) : null);

    /// <summary>Answers a request; <paramref name="path"/> is its path on this simulator (on a pooled server, without the run's lease).</summary>
    private async Task<IResponseMessage> Dispatch(IRequestMessage message, string path)
    {
        RequestObserver?.Invoke(message);
        var answer = await Answer(message, path).ConfigureAwait(false);
        ExchangeObserver?.Invoke(message, answer);
        return answer;
    }

    private async Task<IResponseMessage> Answer(IRequestMessage message, string path)
    {
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            var response0 = SimResponse.Problem(404, "Not Found", $"{Name}: geen API onder {path}; deze simulator bedient {BasePath}.");
            return ToMessage(response0);
        }

        if (message.BodyAsBytes is { } upload && upload.LongLength > MaxUploadBytes)
        {
            return ToMessage(SimResponse.Problem(413, "Content Too Large", $"{Name}: de upload ({upload.LongLength} bytes) is groter dan de grens van {MaxUploadBytes} bytes."));
        }

        var (handler, parameters, known) = _routes.Match(message.Method, path[BasePath.Length..]);
        SimResponse response;
        if (_outage?.Answer() is { } down)
        {
            response = down;
        }
        else if (Gate(new SimRequest(message, parameters)) is { } refused)
        {
            response = refused;
        }
        else if (handler is null)
        {
            response = known
                ? SimResponse.Problem(405, "Method Not Allowed", $"{Name}: {message.Method} is niet toegestaan op {path}.")
                : SimResponse.Problem(404, "Not Found", $"{Name}: geen route voor {message.Method} {path}.");
        }
        else
        {
            try
            {
                response = handler(new SimRequest(message, parameters));
            }
            catch (Exception ex)
            {
                response = SimResponse.Problem(500, "Internal Server Error", $"{Name}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        if (response.Delay is { } delay)
        {
            await Task.Delay(delay, World.Time).ConfigureAwait(false);
        }

        return ToMessage(response);
    }

    internal static IResponseMessage ToMessage(SimResponse response)
    {
        var message = new ResponseMessage
        {
            StatusCode = response.Status,
            BodyData = new BodyData { BodyAsBytes = response.Body, DetectedBodyType = BodyType.Bytes },
        };
        message.AddHeader("Content-Type", response.ContentType);
        foreach (var (name, value) in response.Headers)
        {
            message.AddHeader(name, value);
        }

        return message;
    }
}
