using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// Simulated Toepasbare regels Zoekinterface v2 ([seen], contracts/zoekinterface): <c>POST
/// /werkzaamheden/_zoek?page&amp;pageSize</c> with <c>{zoekterm, sortering?}</c> → HAL
/// <c>_embedded.werkzaamheden[]{functioneleStructuurRef, omschrijving, urn}</c>. It finds a werkzaamheid
/// by an everyday word only when it was linked (step 5); each carries, our addition, the activities it
/// leads to (<c>activiteiten[].functioneleStructuurRef</c>). Fault F15: nothing is found.
/// </summary>
public sealed class ZoekinterfaceSimulator(SimulatedWorld world, IToepasbareRegelsBron bron) : SimulatorServer(world)
{
    private const int DefaultPageSize = 20;

    public override string Name => DsoEndpoint.Zoekinterface;

    public override string BasePath => "/publiek/toepasbare-regels/api/zoekinterface/v2";

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/werkzaamheden/_zoek", Zoek);

    private SimResponse Zoek(SimRequest request)
    {
        var zoekterm = JsonFields.Optional(JsonFields.Parse(request.BodyText, []), "zoekterm");
        if (zoekterm is null)
        {
            return SimResponse.Problem(400, "Bad Request", "Zoeken vraagt een zoekterm.", [new InvalidParam("zoekterm", "required", "is verplicht.")]);
        }

        var page = int.TryParse(request.Query("page"), out var p) && p >= 1 ? p : 1;
        var size = int.TryParse(request.Query("pageSize"), out var s) && s is >= 1 and <= 200 ? s : DefaultPageSize;
        var gevonden = World.Faults.IsActive(LoketFaults.F15) ? [] : bron.Werkzaamheden(World.Today)
            .Where(w => Matches(w.Naam, zoekterm) || w.Zoektermen.Any(t => Matches(t, zoekterm)))
            .Select(w => new
            {
                functioneleStructuurRef = w.FunctioneleStructuurRef,
                omschrijving = w.Naam,
                urn = w.FunctioneleStructuurRef[(w.FunctioneleStructuurRef.LastIndexOf('/') + 1)..],
                activiteiten = new[] { new { functioneleStructuurRef = w.ActiviteitRef } },
            })
            .ToList();
        return SimResponse.Hal(new
        {
            _embedded = new { werkzaamheden = gevonden.Skip((page - 1) * size).Take(size) },
            page = new { number = page, size, totalElements = gevonden.Count },
        });
    }

    private static bool Matches(string text, string zoekterm) => text.Contains(zoekterm.Trim(), StringComparison.OrdinalIgnoreCase);
}
