using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Joining;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Standalone;

/// <summary>
/// The control port of <c>simulate</c> (our design; no such service exists in the DSO), loopback only:
/// <list type="bullet">
/// <item><c>GET /__world</c>: the world's description: municipality, iteration, each national service's and
/// municipal system's URL, active faults, where messages go (what <c>run --world</c> reads); <c>GET /__world/ready</c>.</item>
/// <item><c>GET /__world/faults</c>, <c>POST|DELETE /__world/faults/{name}</c> (also under <c>/faults</c>): faults act on
/// the one world, so the next request of every party sees them.</item>
/// <item><c>PUT /__world/notificaties/{oin}</c> <c>{url, soort: verzoeken|swf}</c>: push that party's messages to its own system.</item>
/// <item><c>GET /__world/env</c>: the addresses as environment variables; <c>GET /__world/voorbeelden/plan-levering</c>:
/// Testdorp's change for today against the plan version the world holds now (a sample export, no faults).</item>
/// </list>
/// </summary>
public sealed class WorldControl(SimulatedWorld world, Func<IReadOnlyList<SimulatorServer>> servers) : SimulatorServer(world)
{
    public override string Name => "World";

    public override string BasePath => "";

    /// <summary>Switching a fault or a party's notification URL changes the world for everybody: no web page and no rebound DNS name may reach it.</summary>
    protected override bool LoopbackCallersOnly => true;

    /// <summary>The control URL without a path, e.g. <c>http://127.0.0.1:9100</c>.</summary>
    public Uri Root => new(ServerUrl.TrimEnd('/'));

    public IReadOnlyDictionary<string, Uri> National => servers().Where(s => Engine.Configuration.DsoEndpoint.All.Contains(s.Name))
        .ToDictionary(s => s.Name, s => s.BaseUrl, StringComparer.OrdinalIgnoreCase);

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("/__world", _ => SimResponse.Json(200, Describe()))
        .Get("/__world/ready", _ => SimResponse.Json(200, new { ready = true }))
        .Get("/__world/env", _ => SimResponse.Bytes(200, System.Text.Encoding.UTF8.GetBytes(Environment()), "text/plain; charset=utf-8"))
        .Get("/__world/voorbeelden/plan-levering", _ => Sample())
        .Put("/__world/notificaties/{oin}", r => Subscribe(r))
        .Get("/__world/faults", _ => Faults())
        .Post("/__world/faults/{name}", r => Switch(r["name"], on: true))
        .Delete("/__world/faults/{name}", r => Switch(r["name"], on: false))
        .Get("/faults", _ => Faults())
        .Post("/faults/{name}", r => Switch(r["name"], on: true))
        .Delete("/faults/{name}", r => Switch(r["name"], on: false));

    public string Environment() => WorldEnvironment.Format(Root, National, EndpointOptions.SimulatedApiKey);

    private object Describe() => new
    {
        ready = true,
        gemeente = new { code = World.Profile.Municipality.Code, naam = World.Profile.Municipality.Name, oin = World.Profile.Municipality.Oin },
        iteratie = World.Profile.Iteration ?? IterationPacks.Default,
        behandeldienst = World.Profile.Behandeldienst?.Oin,
        partner = World.Profile.Collaboration?.Oin,
        landelijk = National.ToDictionary(p => p.Key, p => p.Value.ToString()),
        gemeentelijk = servers().Where(s => !Engine.Configuration.DsoEndpoint.All.Contains(s.Name)).ToDictionary(s => s.Name, s => s.BaseUrl.ToString()),
        faults = World.Faults.Active,
        notificaties = new
        {
            verzoeken = World.Verzoeken.NotificatieEndpoints.ToDictionary(p => p.Key, p => p.Value.ToString()),
            swf = World.Swf.Subscriptions.ToDictionary(p => p.Key, p => p.Value.ToString()),
        },
    };

    private SimResponse Sample()
    {
        var delivery = PlanSoftware.TestdorpChange.WriteSample(World);
        return SimResponse.Bytes(200, delivery.Zip, "application/zip").WithHeader("X-Id-Levering", delivery.IdLevering);
    }

    private SimResponse Subscribe(SimRequest request)
    {
        var errors = new List<InvalidParam>();
        var body = JsonFields.Parse(request.BodyText, errors);
        var url = JsonFields.Required(body, "url", errors);
        var soort = JsonFields.Optional(body, "soort") ?? "verzoeken";
        if (errors.Count > 0 || !Uri.TryCreate(url, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https") || soort is not ("verzoeken" or "swf"))
        {
            return SimResponse.Problem(400, "Bad Request", "Give {\"url\": an absolute http(s) URL, \"soort\": \"verzoeken\" or \"swf\"}.", errors);
        }

        if (ProductionGuard.Check("url", url!) is { } production)
        {
            return SimResponse.Problem(400, "Bad Request", production);
        }

        WorldSubscriptions.Subscribe(World, request["oin"], endpoint, soort == "verzoeken");
        return SimResponse.Json(200, Describe());
    }

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

        return Faults();
    }

    private SimResponse Faults() => SimResponse.Json(200, new { active = World.Faults.Active, known = FaultCatalog.Names });
}
