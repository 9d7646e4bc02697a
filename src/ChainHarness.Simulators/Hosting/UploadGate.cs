using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// A simulator's upload limit, before WireMock buffers the body: a Content-Length over the limit is
/// answered 413 at once, without reading the body; a body without one is cut off by the server once it
/// passes the limit. <see cref="SimulatorServer"/> checks again on what arrives.
/// </summary>
internal static class UploadGate
{
    public static void Use(IApplicationBuilder app, Func<long> limit) =>
        app.Use(async (HttpContext http, RequestDelegate next) =>
        {
            var max = limit();
            if (http.Request.ContentLength is { } declared && declared > max)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                http.Response.ContentType = "application/problem+json";
                http.Response.Headers.Connection = "close";
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(
                    $$"""{"title":"Content Too Large","status":413,"detail":"the upload declares {{declared}} bytes, larger than the limit of {{max}} bytes; it was not read."}"""));
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = max;
            }

            await next(http);
        });
}
