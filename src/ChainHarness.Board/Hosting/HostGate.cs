using ChainHarness.Board.Options;
using ChainHarness.Engine.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChainHarness.Board.Hosting;

/// <summary>
/// The board's first check on every request. Without <c>--allow-remote</c> the Host header must name
/// this computer (<see cref="LoopbackNames"/>): a foreign name is a web page that rebound its own DNS
/// name to 127.0.0.1 to start runs and read evidence (421). A request that changes something (POST)
/// from a browser must come from the board's own page: its Origin, when sent, must be loopback (or,
/// with <c>--allow-remote</c>, the board's own host) (403).
/// </summary>
internal static class HostGate
{
    public const string ForeignHost =
        "Geweigerd: dit ketenbord antwoordt alleen op verzoeken aan deze computer (localhost, 127.0.0.1, [::1]). / Refused: this board only answers requests addressed to this computer.";

    public const string ForeignOrigin =
        "Geweigerd: alleen de pagina van het ketenbord zelf mag een run starten. / Refused: only the board's own page may start a run.";

    public static void Use(IApplicationBuilder app, BoardOptions options) =>
        app.Use(async (HttpContext http, RequestDelegate next) =>
        {
            var host = http.Request.Headers.Host.ToString();
            if (!options.AllowRemote && !LoopbackNames.IsLoopbackHost(host))
            {
                await RefuseAsync(http, StatusCodes.Status421MisdirectedRequest, ForeignHost);
                return;
            }

            var origin = http.Request.Headers.Origin.Count > 0 ? http.Request.Headers.Origin.ToString() : null;
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !SameSite(origin, host, options))
            {
                await RefuseAsync(http, StatusCodes.Status403Forbidden, ForeignOrigin);
                return;
            }

            await next(http);
        });

    private static bool SameSite(string? origin, string host, BoardOptions options) =>
        options.AllowRemote
            ? origin is null || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, host, StringComparison.OrdinalIgnoreCase))
            : LoopbackNames.IsLoopbackOrigin(origin);

    private static Task RefuseAsync(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(text);
    }
}
