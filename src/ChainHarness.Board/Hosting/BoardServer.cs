using ChainHarness.Board.Live;
using ChainHarness.Board.Options;
using ChainHarness.Engine.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChainHarness.Board.Hosting;

/// <summary>
/// The live board: ASP.NET Core's own server (Kestrel) on one address, loopback unless the options
/// say otherwise, serving the page and streaming each run as it goes. Opens no browser by itself;
/// <see cref="Url"/> is where to point one. Dispose to stop a run still going and the server.
/// </summary>
public sealed class BoardServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EventStream _events;

    private BoardServer(WebApplication app, EventStream events, BoardRuns runs, Uri url)
    {
        _app = app;
        _events = events;
        Runs = runs;
        Url = url;
    }

    /// <summary>The page's address, e.g. <c>http://127.0.0.1:5199/</c>.</summary>
    public Uri Url { get; }

    public BoardRuns Runs { get; }

    /// <summary>Starts listening; a port in use or a refused address is a <see cref="ConfigurationErrorException"/>.</summary>
    public static async Task<BoardServer> StartAsync(BoardOptions options, BoardChain chain, CancellationToken cancellationToken = default)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw ConfigurationErrorException.WithErrors(errors);
        }

        // The empty builder reads no appsettings, environment or command line: the options above are all there is.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(BoardServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(options.Address, options.Port));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var events = new EventStream();
        var runs = new BoardRuns(chain, events, options.Language);
        HostGate.Use(app, options);
        BoardEndpoints.Map(app, options, chain, runs, events, app.Lifetime.ApplicationStopping);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
        {
            await app.DisposeAsync();
            throw ConfigurationErrorException.WithErrors([$"--port: the board cannot listen on {options.Bind}:{options.Port} ({ex.Message}). Choose another port, or --port 0 for a free one."]);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BoardServer(app, events, runs, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await Runs.DisposeAsync();
        _events.Complete();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
