namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// The one HTTP client simulators use to call each other (the DSO pushing a notification, a VTH
/// system fetching a verzoek). Loopback only: no proxy, a short timeout.
/// </summary>
internal static class SimulatorHttp
{
    public static HttpClient Client { get; } = new(new WorldCallMarker(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) }))
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>Runs work in the background, as the world's own (<see cref="WorldCallMarker"/>); a failure goes to <paramref name="onError"/>, never unobserved.</summary>
    public static void RunInBackground(Func<Task> work, Action<Exception> onError) =>
        _ = Task.Run(async () =>
        {
            WorldCallMarker.Enter();
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                onError(ex);
            }
        });
}
