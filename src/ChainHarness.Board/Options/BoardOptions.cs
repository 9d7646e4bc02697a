using System.Net;
using ChainHarness.Board.Hosting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Board.Options;

/// <summary>
/// Where the board listens and how its page behaves. Loopback only unless <see cref="AllowRemote"/>
/// is set: a board shows evidence of a municipality's chain, so it is not offered to a network by
/// accident.
/// </summary>
public sealed class BoardOptions
{
    public const int DefaultPort = 5199;

    /// <summary>The port. Default 5199; 0 takes a free one.</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>The address to listen on. Default <c>127.0.0.1</c>; <c>localhost</c> means the same.</summary>
    public string Bind { get; set; } = "127.0.0.1";

    /// <summary>Must be true to listen on an address other than loopback. Default false.</summary>
    public bool AllowRemote { get; set; }

    /// <summary>The page's language and its runs' (<c>--lang</c>). Default Dutch.</summary>
    public ReportLanguage Language { get; set; } = ReportLanguage.Dutch;

    /// <summary>
    /// The least time the page shows a step before the next, so a room can follow the chain light up.
    /// Presentation only: the run itself is not slowed. Default 350 ms; zero shows events as they come.
    /// </summary>
    public TimeSpan Pace { get; set; } = TimeSpan.FromMilliseconds(350);

    /// <summary>The parsed <see cref="Bind"/>; check <see cref="Validate"/> first.</summary>
    /// <summary>An IPv4-mapped address (<c>::ffff:127.0.0.1</c>) is taken as the IPv4 address it maps (loopback stays loopback).</summary>
    public IPAddress Address =>
        Bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.Parse(Bind) is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : IPAddress.Parse(Bind);

    public bool IsLoopback => IPAddress.IsLoopback(Address);

    /// <summary>Every broken option, each named as on the command line.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Port is < 0 or > 65535)
        {
            errors.Add($"--port: {Port} is not a port (0–65535; 0 takes a free one).");
        }

        if (!Bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(Bind, out _))
        {
            errors.Add($"--bind: '{Bind}' is not an IP address (such as 127.0.0.1).");
        }
        else if (!IsLoopback && !AllowRemote)
        {
            errors.Add($"--bind: {Bind} is not a loopback address; others on the network could open the board and its evidence. Add --allow-remote to mean it.");
        }

        if (Pace < TimeSpan.Zero || Pace > TimeSpan.FromSeconds(5))
        {
            errors.Add($"--pace: {Pace.TotalMilliseconds} ms is outside 0–5000 ms.");
        }

        return errors;
    }

    /// <summary>The warning to print when the board is offered beyond this machine; null on loopback.</summary>
    public string? RemoteWarning() => IsLoopback ? null
        : $"Let op: het ketenbord luistert op {Bind}, niet alleen op deze computer. Iedereen op het netwerk kan het openen, runs starten en het bewijs lezen.";
}
