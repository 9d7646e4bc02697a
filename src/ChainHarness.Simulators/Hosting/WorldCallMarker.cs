namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// Marks the simulated world's own calls (the DSO pushing a notification, a VTH system fetching a
/// verzoek: work started by <see cref="SimulatorHttp.RunInBackground"/>) with <see cref="Header"/>,
/// so a recording of a run can tell them from the chain's own requests (the benchmark's floor
/// replays only the latter). Nothing answers differently for it.
/// </summary>
internal sealed class WorldCallMarker : DelegatingHandler
{
    public const string Header = "X-ChainHarness-World-Call";

    private static readonly AsyncLocal<bool> InWorldCall = new();

    public WorldCallMarker(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>From here on (in this asynchronous flow), calls are the world's own.</summary>
    public static void Enter() => InWorldCall.Value = true;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (InWorldCall.Value)
        {
            request.Headers.TryAddWithoutValidation(Header, "1");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
