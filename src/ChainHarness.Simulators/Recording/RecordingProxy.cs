using System.Collections.Concurrent;
using System.Text;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Simulators.Hosting;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace ChainHarness.Simulators.Recording;

/// <summary>
/// Endpoint mode <c>Record</c>: a loopback server in front of the target that forwards every request
/// as it is (never to a production host), answers with what the target said, and on
/// <see cref="Dispose"/> saves it all as WireMock mappings (see <see cref="RecordingWriter"/>).
/// </summary>
public sealed class RecordingProxy : IDisposable
{
    private static readonly string[] ContentHeaders = ["Content-Type", "Content-Encoding", "Content-Language", "Content-Disposition"];
    private readonly ConcurrentQueue<RecordedExchange> _exchanges = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly WireMockServer _server;
    private readonly Uri _target;
    private readonly SecretRedactor _redactor;

    public RecordingProxy(string endpoint, Uri target, string folder, SecretRedactor redactor)
    {
        ProductionGuard.EnsureNotProduction($"Endpoints:{endpoint}:BaseUrl", target);
        Endpoint = endpoint;
        Folder = folder;
        _target = target;
        _redactor = redactor;
        _server = Loopback.Start();
        _server.Given(Request.Create().WithPath(new RegexMatcher(".*")).UsingAnyMethod()).RespondWith(Response.Create().WithCallback(ForwardAsync));
    }

    public string Endpoint { get; }

    /// <summary>Where the mappings are saved.</summary>
    public string Folder { get; }

    /// <summary>The base URL clients use: the proxy, with the target's path.</summary>
    public Uri BaseUrl => new(_server.Url!.TrimEnd('/') + _target.AbsolutePath.TrimEnd('/'));

    public int Recorded => _exchanges.Count;

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _http.Dispose();
        RecordingWriter.Write([.. _exchanges], Folder, _redactor);
        File.WriteAllText(Path.Combine(Folder, "_recording.meta"), $"endpoint={Endpoint}\nbasePath={_target.AbsolutePath.TrimEnd('/')}\n");
    }

    private async Task<IResponseMessage> ForwardAsync(IRequestMessage request)
    {
        var uri = new Uri($"{_target.GetLeftPart(UriPartial.Authority)}{request.Path}{(request.RawQuery is { Length: > 0 } q ? "?" + q.TrimStart('?') : "")}");
        using var outgoing = new HttpRequestMessage(new HttpMethod(request.Method), uri);
        var body = request.BodyData?.BodyAsBytes ?? (request.Body is { } s ? Encoding.UTF8.GetBytes(s) : null);
        if (body is { Length: > 0 })
        {
            outgoing.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in request.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            if (ContentHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                outgoing.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
            else if (!string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                outgoing.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var answer = await _http.SendAsync(outgoing).ConfigureAwait(false);
        var bytes = await answer.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var headers = answer.Headers.Concat(answer.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var text = IsText(headers.GetValueOrDefault("Content-Type"));
        _exchanges.Enqueue(new RecordedExchange(
            request.Method, request.Path, Query(request), body is { Length: > 0 } && IsText(ContentType(request)) ? Encoding.UTF8.GetString(body) : null,
            (int)answer.StatusCode, headers, bytes, text));
        var message = new ResponseMessage { StatusCode = (int)answer.StatusCode, BodyData = new BodyData { BodyAsBytes = bytes, DetectedBodyType = BodyType.Bytes } };
        foreach (var (name, value) in headers.Where(h => !RecordingWriter.DroppedHeaders.Contains(h.Key)))
        {
            message.AddHeader(name, value);
        }

        return message;
    }

    private static string? ContentType(IRequestMessage request) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static List<KeyValuePair<string, string>> Query(IRequestMessage request) =>
        [.. (request.Query ?? new Dictionary<string, WireMockList<string>>()).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v)))];

    private static bool IsText(string? contentType) =>
        contentType is not null && (contentType.Contains("json", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase));
}
