using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Standalone;

/// <summary>
/// The run-time fault switch of <c>simulate</c>, on a port of its own: <c>GET /faults</c> lists
/// the active and known faults, <c>POST /faults/{name}</c> switches one on, <c>DELETE
/// /faults/{name}</c> off. It acts on the shared <see cref="SimulatedWorld.Faults"/>, so the next
/// request to any simulator sees the change. Our design: no such service exists in the DSO.
/// </summary>
public sealed class FaultSwitchboard(SimulatedWorld world) : SimulatorServer(world)
{
    public override string Name => "Faults";

    public override string BasePath => "/faults";

    /// <summary>Switching a fault changes every simulator: no web page and no rebound DNS name may reach it.</summary>
    protected override bool LoopbackCallersOnly => true;

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("", _ => State())
        .Post("/{name}", request => Switch(request["name"], on: true))
        .Delete("/{name}", request => Switch(request["name"], on: false));

    private SimResponse Switch(string name, bool on)
    {
        if (!FaultCatalog.IsKnown(name))
        {
            return SimResponse.Problem(404, "Not Found", $"No fault named '{name}'. Known faults: {string.Join(", ", FaultCatalog.Names)}.");
        }

        var canonical = FaultCatalog.Names.First(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (on)
        {
            World.Faults.Enable(canonical);
        }
        else
        {
            World.Faults.Disable(canonical);
        }

        return State();
    }

    private SimResponse State() => SimResponse.Json(200, new { active = World.Faults.Active, known = FaultCatalog.Names });
}
