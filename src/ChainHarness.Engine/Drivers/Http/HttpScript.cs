using ChainHarness.Engine.Waiting;
using System.Globalization;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Running;
using RestSharp;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// Runs the calls of one operation of a declarative HTTP driver, in order: fills placeholders,
/// sends (through the engine's resilient, production-guarded client), checks the status and the
/// expectations, keeps the captures (through the value maps) for the next calls and operations.
/// </summary>
public sealed class HttpScript : IDisposable
{
    private readonly HttpDriverOptions _options;
    private readonly ApiClient _client;
    private readonly TimingOptions _timing;
    private readonly TimeProvider _time;
    private EvidenceLog? _evidence;

    public HttpScript(string software, HttpDriverOptions options, TimingOptions timing, TimeProvider time, HttpTransport? transport = null)
    {
        Software = software;
        _options = options;
        _timing = timing;
        _time = time;
        _client = new ApiClient(
            new ApiClientSettings(software, new Uri(options.BaseUrl.TrimEnd('/') + "/"))
            {
                Resilience = timing.Resilience(),
                MaxResponseBytes = timing.MaxResponseBytes,
                Transport = transport ?? HttpTransport.Default,
                Key = $"Drivers:{software}:Http:BaseUrl",
            },
            time);
    }

    public string Software { get; }

    /// <summary>Every exchange with the supplier's API so far (redacted, folded).</summary>
    public EvidenceLog Evidence => _evidence ??= new(Redactor);

    /// <summary>The profile's secrets, masked in <see cref="Evidence"/>. Default none.</summary>
    public SecretRedactor Redactor { get; init; } = SecretRedactor.None;

    public bool Has(string operation) => _options.Operations.ContainsKey(operation);

    /// <summary>Runs <paramref name="operation"/>; its captures land in <paramref name="values"/>.</summary>
    public async Task RunAsync(string operation, DriverValues values, CancellationToken cancellationToken)
    {
        if (!_options.Operations.TryGetValue(operation, out var calls) || calls.Count == 0)
        {
            throw DriverException.Missing(Software, Texts.DriverTexts.OperationMapping(operation), Texts.DriverTexts.AddOperation(Software, operation));
        }

        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            var key = $"Drivers:{Software}:Http:Operations:{operation}:{i}:Url";
            var response = call.Until is null
                ? await SendAsync(call, key, values, cancellationToken).ConfigureAwait(false)
                : await RepeatAsync(call, key, values, cancellationToken).ConfigureAwait(false);
            Check(call, response, values);
            foreach (var (name, spec) in call.Captures)
            {
                values.Set(name, Map(name, ResponseReader.Read(response, spec)));
                if (spec == "body" && response.RawBytes is { } bytes)
                {
                    values.SetBinary(name, bytes);
                }
            }
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<RestResponse> RepeatAsync(HttpCallOptions call, string key, DriverValues values, CancellationToken cancellationToken)
    {
        RestResponse? last = null;
        await new Poller(_time).UntilAsync(
            async ct =>
            {
                last = await SendAsync(call, key, values, ct).ConfigureAwait(false);
                var seen = ResponseReader.Read(last, call.Until!);
                return call.UntilValues.Contains(seen ?? "", StringComparer.Ordinal) ? last : null;
            },
            _timing.PollInterval,
            _timing.StepDeadline,
            cancellationToken).ConfigureAwait(false);
        var value = last is null ? null : ResponseReader.Read(last, call.Until!);
        return value is not null && call.UntilValues.Contains(value, StringComparer.Ordinal)
            ? last!
            : throw DriverException.ExpectationFailed(Software, call.Describe, call.Until!, value, string.Join(" or ", call.UntilValues) + " before the deadline");
    }

    /// <summary>Sends one call; a URL that placeholders filled in (<c>${env:…}</c>, a capture) on a production host is refused naming <paramref name="key"/>.</summary>
    private Task<RestResponse> SendAsync(HttpCallOptions call, string key, DriverValues values, CancellationToken cancellationToken)
    {
        var url = TemplateFill.Fill(call.Url, values, Software);
        if (ProductionGuard.Check(key, url) is { } production)
        {
            throw ConfigurationErrorException.WithErrors([production]);
        }

        var request = new RestRequest(url, Enum.Parse<Method>(call.Method, ignoreCase: true));
        foreach (var (name, value) in _options.Headers.Concat(call.Headers))
        {
            request.AddOrUpdateHeader(name, TemplateFill.Fill(value, values, Software));
        }

        if (call.BodyFrom is { } from)
        {
            var bytes = values.Binary(from) ?? throw DriverException.Missing(Software, Texts.DriverTexts.BinaryValue(from, call.Describe), Texts.DriverTexts.BinaryHint);
            request.AddParameter(new BodyParameter(bytes, call.ContentType ?? "application/zip", DataFormat.Binary));
        }
        else if ((call.Body ?? (call.BodyFile is null ? null : File.ReadAllText(call.BodyFile))) is { } template)
        {
            request.AddStringBody(TemplateFill.Fill(template, values, Software), call.ContentType ?? "application/json");
        }

        return _client.SendAsync(request, Evidence, cancellationToken);
    }

    private void Check(HttpCallOptions call, RestResponse response, DriverValues values)
    {
        var status = response.ResponseStatus == ResponseStatus.Completed ? (int)response.StatusCode : (int?)null;
        var ok = status is { } s && (call.ExpectStatus.Count == 0 ? s is >= 200 and < 300 : call.ExpectStatus.Contains(s));
        if (!ok)
        {
            var expected = call.ExpectStatus.Count == 0 ? "a 2xx status" : string.Join(" or ", call.ExpectStatus.Select(x => x.ToString(CultureInfo.InvariantCulture)));
            throw DriverException.UnexpectedStatus(Software, call.Describe, status, expected, Excerpt(response));
        }

        foreach (var (spec, template) in call.Expect)
        {
            var expected = TemplateFill.Fill(template, values, Software);
            var seen = ResponseReader.Read(response, spec);
            if (!string.Equals(seen, expected, StringComparison.Ordinal))
            {
                throw DriverException.ExpectationFailed(Software, call.Describe, spec, seen, expected);
            }
        }
    }

    private string? Map(string capture, string? value) =>
        value is not null && _options.Maps.TryGetValue(capture, out var map) && map.TryGetValue(value, out var mapped) ? mapped : value;

    private static string? Excerpt(RestResponse response) =>
        response.ResponseStatus != ResponseStatus.Completed ? NoAnswer.Reason(response)
        : response.Content is { Length: > 0 } c && response.ContentType?.Contains("zip", StringComparison.OrdinalIgnoreCase) != true ? c[..Math.Min(c.Length, 200)] : null;
}
