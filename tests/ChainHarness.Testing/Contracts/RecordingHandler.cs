using System.Net;
using System.Text;

namespace ChainHarness.Testing.Contracts;

/// <summary>
/// An HTTP handler that keeps every request a client sends and answers each with a canned response
/// (status 200 and <see cref="Answer"/>), so a client's requests can be checked against a contract
/// without any simulator.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly List<CapturedRequest> _requests = [];

    public IReadOnlyList<CapturedRequest> Requests => _requests;

    /// <summary>The body and content type of every answer. Default an empty JSON object.</summary>
    public (string Body, string ContentType) Answer { get; set; } = ("{}", "application/json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)))
            .ToList();
        lock (_requests)
        {
            _requests.Add(new CapturedRequest(request.Method.Method, request.RequestUri!, headers, body));
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Answer.Body, Encoding.UTF8, Answer.ContentType) };
    }
}
