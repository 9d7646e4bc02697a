using ChainHarness.Engine.Http;

namespace ChainHarness.Engine.Configuration;

/// <summary>
/// The <c>simulate</c> command (section <c>ChainHarness:Simulate</c>): fixed loopback ports so a
/// supplier can point its own software at the simulators. Defaults: the national endpoints on
/// 9101–9113 in <see cref="DsoEndpoint.All"/> order, any other simulator from 9151 on, the fault
/// switch on 9100, mappings from <c>stubs/</c>. <c>BasePort</c> 0 puts everything on free ports.
/// </summary>
public sealed class SimulateOptions
{
    /// <summary>Ports count up from here. Default 9100; 0: every simulator on a free port.</summary>
    public int BasePort { get; set; } = 9100;

    /// <summary>A fixed port per simulator name (Lvbb, Ozon, …), overriding the counted one.</summary>
    public Dictionary<string, int> Ports { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The port of the fault switch (<c>GET|POST|DELETE /faults</c>). Default: <see cref="BasePort"/>.</summary>
    public int? ControlPort { get; set; }

    /// <summary>The folder of static WireMock mappings, one subfolder per simulator. Default <c>stubs</c>.</summary>
    public string Stubs { get; set; } = "stubs";

    /// <summary>The port for the simulator <paramref name="name"/>; <paramref name="otherIndex"/> counts simulators that are no national endpoint.</summary>
    public int PortFor(string name, int otherIndex)
    {
        if (Ports.TryGetValue(name, out var port))
        {
            return port;
        }

        if (BasePort == 0)
        {
            return 0;
        }

        var national = DsoEndpoint.All.ToList().FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return national >= 0 ? BasePort + 1 + national : BasePort + 51 + otherIndex;
    }

    public int ControlPortOrDefault => ControlPort ?? BasePort;

    public IEnumerable<string> Validate(string path) =>
        Ports.Select(p => (Key: $"Ports:{p.Key}", Port: p.Value))
            .Append((Key: "BasePort", Port: BasePort))
            .Append((Key: "ControlPort", Port: ControlPortOrDefault))
            .Where(p => p.Port is < 0 or > 65535)
            .Select(p => $"{path}:{p.Key}: {p.Port} is not a port (0–65535).");
}
