using System.Globalization;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;

namespace ChainHarness.Simulators.Recording;

/// <summary>
/// The endpoints of a run in mode Record or Replay: starts a recording proxy (target: the
/// endpoint's BaseUrl, else its simulator) or a replay server for each, and gives the URLs the
/// run's clients use instead. Dispose after the run: recordings are saved then.
/// </summary>
public sealed class RecordedEndpoints : IDisposable
{
    private readonly List<IDisposable> _servers = [];

    private RecordedEndpoints(IReadOnlyDictionary<string, Uri> urls) => Urls = urls;

    /// <summary>Every endpoint URL the run uses: the simulators', with recorded and replayed ones put in their place.</summary>
    public IReadOnlyDictionary<string, Uri> Urls { get; }

    /// <summary>The dated folder of this run's recordings, when any endpoint records.</summary>
    public string? RecordingFolder { get; private set; }

    public static RecordedEndpoints Start(ProfileOptions profile, IReadOnlyDictionary<string, Uri> simulated, TimeProvider time, SecretRedactor redactor)
    {
        var urls = new Dictionary<string, Uri>(simulated, StringComparer.OrdinalIgnoreCase);
        var result = new RecordedEndpoints(urls);
        var stamp = time.GetUtcNow().ToString("yyyy-MM-dd'T'HHmmss", CultureInfo.InvariantCulture);
        try
        {
            foreach (var name in DsoEndpoint.All)
            {
                var options = profile.Endpoint(name);
                if (options.Mode == EndpointMode.Record)
                {
                    var target = options.BaseUrl is { } url ? new Uri(url) : simulated.GetValueOrDefault(name)
                        ?? throw ConfigurationErrorException.WithErrors([$"Endpoints:{name}:BaseUrl: is required to record {name}: it has no simulator."]);
                    result.RecordingFolder = Path.Combine(options.RecordingFolder ?? "recordings", stamp);
                    var proxy = new RecordingProxy(name, target, Path.Combine(result.RecordingFolder, name), redactor);
                    result._servers.Add(proxy);
                    urls[name] = proxy.BaseUrl;
                }
                else if (options.Mode == EndpointMode.Replay)
                {
                    var replay = new ReplayServer(Path.Combine(options.RecordingFolder!, name));
                    result._servers.Add(replay);
                    urls[name] = replay.BaseUrl;
                }
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        return result;
    }

    public void Dispose() => _servers.ForEach(s => s.Dispose());
}
