using System.Net;

namespace ChainHarness.Engine.Http;

/// <summary>
/// Which Host and Origin headers name this computer: <c>localhost</c> (and <c>*.localhost</c>),
/// a loopback IPv4 address (<c>127.x.x.x</c>), <c>[::1]</c>, or an IPv4-mapped loopback
/// (<c>[::ffff:127.0.0.1]</c>), with or without a port. The board and the simulators' admin and
/// fault routes answer only requests whose Host is one of these (a foreign name is DNS rebinding)
/// and, where they change state, whose Origin (when sent) is one too (else a web page is reaching in).
/// </summary>
public static class LoopbackNames
{
    /// <summary>True when the Host header (<c>name[:port]</c>) names this computer; false when missing or foreign.</summary>
    public static bool IsLoopbackHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return false;
        }

        return Uri.TryCreate("http://" + host.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Length == 0 && IsLoopbackName(uri.Host);
    }

    /// <summary>True when there is no Origin (not a browser's cross-site request) or it is a loopback http(s) origin. <c>null</c> (the literal) is cross-site.</summary>
    public static bool IsLoopbackOrigin(string? origin)
    {
        if (origin is null)
        {
            return true;
        }

        return Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && IsLoopbackName(uri.Host);
    }

    /// <summary>True for <c>localhost</c>, <c>*.localhost</c> and loopback IP addresses (IPv4-mapped ones included).</summary>
    public static bool IsLoopbackName(string name)
    {
        var host = name.Trim().TrimEnd('.').Trim('[', ']').ToLowerInvariant();
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return true;
        }

        if (!IPAddress.TryParse(host, out var address) || host.Count(c => c == '.') is not (0 or 3))
        {
            return false;
        }

        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }
}
