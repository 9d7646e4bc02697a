using System.Net;
using System.Net.Sockets;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// A free loopback port, asked of the operating system. The port is free when asked, not when
/// bound: in a sweep, another simulator starting at the same moment may take it first. So
/// <see cref="Start{T}"/> tries again on another port when the bind clashes.
/// </summary>
internal static class FreePort
{
    public const int Attempts = 5;

    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts on a free port, on another one when the port was taken meanwhile (at most <see cref="Attempts"/> tries).</summary>
    public static T Start<T>(Func<int, T> start, Func<int>? next = null)
    {
        next ??= Next;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return start(next());
            }
            catch (Exception ex) when (attempt < Attempts && IsClash(ex))
            {
            }
        }
    }

    private static bool IsClash(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
