using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Bekendmakingen;

/// <summary>
/// Simulated officielebekendmakingen.nl. Our design (the real site offers an SRU search):
/// <c>GET /zoeken?identificatie=…</c> → <c>{ aantal, publicaties[] }</c>; <c>GET /publicaties/{id}</c>.
/// A public site: no key. Under fault F3 the site does not list what the LVBB published: search and
/// publication page find nothing, while the LVBB's verslag and Ozon do have it.
/// </summary>
public sealed class BekendmakingenSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    public override string Name => DsoEndpoint.Bekendmakingen;

    public override string BasePath => "/officielebekendmakingen";

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("/zoeken", Search)
        .Get("/publicaties/{identificatie}", Show);

    private SimResponse Search(SimRequest request)
    {
        if (request.Query("identificatie") is not { Length: > 0 } term)
        {
            return SimResponse.Problem(400, "Bad Request", "Give the identificatie to search for: ?identificatie=/akn/nl/bill/….");
        }

        IReadOnlyList<Bekendmaking> found = Unlisted ? [] : World.Bekendmakingen.Search(term);
        return SimResponse.Json(200, new { aantal = found.Count, publicaties = found.Select(Describe) });
    }

    private SimResponse Show(SimRequest request) =>
        !Unlisted && World.Bekendmakingen.Find(request["identificatie"]) is { } b
            ? SimResponse.Json(200, Describe(b))
            : SimResponse.Problem(404, "Not Found", $"No publication {request["identificatie"]}.");

    private bool Unlisted => World.Faults.IsActive(PlanFaults.F3);

    private object Describe(Bekendmaking b) => new
    {
        b.Identificatie,
        b.Titel,
        b.Besluit,
        b.BesluitExpressie,
        b.Publicatieblad,
        b.Organisatie,
        b.DatumBekendmaking,
        _links = new { self = new { href = $"{BasePath}/publicaties/{b.Identificatie}" } },
    };
}
