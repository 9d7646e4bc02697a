using ChainHarness.Engine.Waiting;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Afhandelen;
using ChainHarness.Simulators.Indienen;
using ChainHarness.Simulators.Tests.Verzoeken;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.Vth;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Indienen;

/// <summary>
/// Verzoek indienen, Verzoek afhandelen and the municipality's VTH system on loopback, sharing one
/// world (by default dated 5 June 2026, with the indieningsvereisten of <see cref="VasteVereisten"/>).
/// </summary>
internal sealed class LoketHarness : IDisposable
{
    public LoketHarness(params string[] faults)
        : this(new SimulatedWorld(new ProfileOptions { Faults = [.. faults] }, new FakeTimeProvider(new DateTimeOffset(2026, 6, 5, 10, 0, 0, TimeSpan.Zero))), new VasteVereisten())
    {
    }

    /// <summary>The three simulators on a world of the caller's, checking submissions against <paramref name="vereisten"/>.</summary>
    public LoketHarness(SimulatedWorld world, IIndieningsvereisten vereisten)
    {
        World = world;
        Afhandelen = new AfhandelenSimulator(World);
        Indienen = new IndienenSimulator(World, vereisten, new VerzoekNotificaties(World, () => Afhandelen.BaseUrl));
        Vth = new VthSimulator(World, new Partij(World.Profile.Municipality.Oin, World.Profile.Municipality.Name), World.Vth);
        Afhandelen.Start();
        Indienen.Start();
        Vth.Start();
        World.Verzoeken.Subscribe(Vth.Eigenaar.Oin, Vth.NotificatieEndpoint);
    }

    public SimulatedWorld World { get; }

    public AfhandelenSimulator Afhandelen { get; }

    public IndienenSimulator Indienen { get; }

    public VthSimulator Vth { get; }

    public HttpClient Http { get; } = new() { DefaultRequestHeaders = { { "x-api-key", ChainHarness.Engine.Configuration.EndpointOptions.SimulatedApiKey } } };

    public string Url(string path) => Indienen.BaseUrl.ToString().TrimEnd('/') + path;

    public Task<HttpResponseMessage> PostAsync(string url, string json, bool contentCrs = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (contentCrs)
        {
            request.Headers.Add("Content-Crs", "EPSG:28992");
        }

        return Http.SendAsync(request);
    }

    /// <summary>Initiates the example verzoek; its URL.</summary>
    public async Task<string> InitiateAsync(string? body = null)
    {
        using var response = await PostAsync(Url("/verzoeken"), body ?? Voorbeeld.Body());
        return response.Headers.Location?.ToString() ?? throw new InvalidOperationException("no Location");
    }

    /// <summary>Initiates, attaches a bouwtekening and a confidential machtiging, submits; the verzoeknummer.</summary>
    public async Task<string> SubmitCompleteAsync(string? body = null)
    {
        var verzoek = await InitiateAsync(body);
        (await PostAsync(verzoek + "/documenten", Voorbeeld.Document("bouwtekening.txt", "Bouwtekening", "tekening"))).Dispose();
        (await PostAsync(verzoek + "/documenten", Voorbeeld.Document("machtiging.txt", "Machtiging", "geheim", vertrouwelijk: true))).Dispose();
        using var submitted = await PostAsync(verzoek, "");
        var json = await submitted.Content.ReadFromJsonAsync<JsonObject>();
        return json?["verzoeknummer"]?.GetValue<string>() ?? throw new InvalidOperationException($"not submitted: {json}");
    }

    public Task<HttpResponseMessage> GetAsAsync(string oin, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(AfhandelenSimulator.ClientOinHeader, oin);
        return Http.SendAsync(request);
    }

    public string AfhandelenUrl(string path) => Afhandelen.BaseUrl.ToString().TrimEnd('/') + path;

    /// <summary>Waits (polling, at most 5 s) until <paramref name="probe"/> gives a value.</summary>
    public static async Task<T?> EventuallyAsync<T>(Func<T?> probe)
        where T : class =>
        (await new Poller(TimeProvider.System).UntilAsync(_ => Task.FromResult(probe()), TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5), CancellationToken.None)).Value;

    public void Dispose()
    {
        Http.Dispose();
        Vth.Dispose();
        Indienen.Dispose();
        Afhandelen.Dispose();
    }
}
