using ChainHarness.Engine.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// Guards what changes a running <c>simulate</c> world: the WireMock admin API (<c>/__admin</c>) and
/// the fault switch. A request there must be addressed to this computer (its Host a loopback name;
/// a foreign one is DNS rebinding) and, when a browser sends an Origin, come from a loopback page:
/// else a web page could reset the mappings or switch faults on (403, before WireMock sees it).
/// </summary>
internal static class AdminGate
{
    public const string Refused =
        "Refused: the simulators' admin API and fault switch only answer requests addressed to this computer (localhost, 127.0.0.1, [::1]) from no web page but a local one.";

    /// <summary>The middleware to put before WireMock's (<c>PreWireMockMiddlewareInit</c>); <paramref name="everything"/>: every path (the fault switch), else only <c>/__admin</c>.</summary>
    public static Action<object> Before(bool everything) => builder =>
        ((IApplicationBuilder)builder).Use(async (HttpContext http, RequestDelegate next) =>
        {
            var guarded = everything || http.Request.Path.StartsWithSegments("/__admin", StringComparison.OrdinalIgnoreCase);
            var origin = http.Request.Headers.Origin.Count > 0 ? http.Request.Headers.Origin.ToString() : null;
            if (guarded && !(LoopbackNames.IsLoopbackHost(http.Request.Headers.Host.ToString()) && LoopbackNames.IsLoopbackOrigin(origin)))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(Refused);
                return;
            }

            await next(http);
        });
}
