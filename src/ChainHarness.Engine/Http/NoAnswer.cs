using ChainHarness.Engine.Chain;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using ChainHarness.Engine.Texts;
using RestSharp;

namespace ChainHarness.Engine.Http;

/// <summary>
/// Why an exchange got no HTTP answer, from the innermost error: a name DNS does not know, a refused
/// connection, no network, a proxy, a certificate, a timeout. A municipality checking pre-productie
/// needs to tell its own network from a DSO outage; <see cref="IsOnThisSide"/> says which it is.
/// </summary>
public static class NoAnswer
{
    /// <summary>The reason in the run's language, with what to check when the problem is on this side.</summary>
    public static string Reason(RestResponse response) => ReasonInBoth(response);

    /// <summary>Why no answer came, in Dutch and English.</summary>
    public static Chain.Bilingual ReasonInBoth(RestResponse response) => NetworkTexts.Reason(Kind(response), Innermost(response));

    /// <summary>True when the problem is this computer's network, DNS, proxy or certificates, never a DSO outage.</summary>
    public static bool IsOnThisSide(RestResponse response) =>
        response.ResponseStatus != ResponseStatus.Completed && Kind(response) is not (NetworkProblem.TimedOut or NetworkProblem.Other);

    public static NetworkProblem Kind(RestResponse response)
    {
        if (response.ResponseStatus == ResponseStatus.TimedOut)
        {
            return NetworkProblem.TimedOut;
        }

        for (var error = response.ErrorException; error is not null; error = error.InnerException)
        {
            switch (error)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ProxyTunnelError }:
                    return NetworkProblem.Proxy;
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return NetworkProblem.HostNotFound;
                case AuthenticationException:
                    return NetworkProblem.Tls;
                case SocketException socket:
                    return socket.SocketErrorCode switch
                    {
                        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => NetworkProblem.HostNotFound,
                        SocketError.ConnectionRefused => NetworkProblem.Refused,
                        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown => NetworkProblem.Offline,
                        SocketError.TimedOut => NetworkProblem.TimedOut,
                        _ => NetworkProblem.Other,
                    };
                case TimeoutException or TaskCanceledException:
                    return NetworkProblem.TimedOut;
            }
        }

        return NetworkProblem.Other;
    }

    private static string? Innermost(RestResponse response) => Innermost(response.ErrorException, response.ErrorMessage);

    /// <summary>The innermost reason of an exception (a connection refused inside an HttpRequestException).</summary>
    public static string Reason(Exception exception) => Innermost(exception, null) ?? "no connection";

    private static string? Innermost(Exception? error, string? fallback)
    {
        while (error?.InnerException is not null)
        {
            error = error.InnerException;
        }

        var message = error?.Message ?? fallback;
        return string.IsNullOrWhiteSpace(message) ? null : message.Trim().TrimEnd('.');
    }
}
