using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Ozon;

/// <summary>
/// Simulated Ozon, Omgevingsdocumenten Presenteren v8: the regelingen Ozon holds and their
/// regeltekstannotaties, searchable at a location. HAL JSON, 1-based paging, <c>x-api-key</c>
/// required, problem+json errors. The JSON fields follow what public clients use (<c>expressionId</c>,
/// <c>_embedded</c>, <c>page{size,totalElements,number}</c>, <c>Content-Crs</c> as the OGC URI; the short
/// form gives an empty answer); the full OpenAPI is not public, so the rest is our design
/// (contracts/ozon-presenteren).
/// </summary>
public sealed class OzonSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    public override string Name => DsoEndpoint.Ozon;

    public override string BasePath => "/publiek/omgevingsdocumenten/api/presenteren/v8";

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("/regelingen", request => Guarded(request, Regelingen))
        .Get("/regelingen/{uriIdentificatie}", request => Guarded(request, Regeling))
        .Get("/regelingen/{uriIdentificatie}/regeltekstannotaties", request => Guarded(request, AnnotatiesVanRegeling))
        .Get("/regelingen/{uriIdentificatie}/documentstructuur", request => Guarded(request, Documentstructuur))
        .Post("/annotaties/regeltekstannotaties/_zoek", request => Guarded(request, AnnotatiesOpLocatie));

    private SimResponse Guarded(SimRequest request, Func<SimRequest, SimResponse> handler) =>
        ApiKeyGate.Refuse(request, World.Profile.Endpoint(Name).KeyToSend, "Ozon Presenteren") ?? World.Lvbb.ReadPublished(() => handler(request));

    private SimResponse Regelingen(SimRequest request) =>
        OzonHal.Page(request, "regelingen", World.OzonDocuments.Regelingen.Select(r => OzonHal.Regeling(BasePath, r)), $"{BasePath}/regelingen");

    private SimResponse Regeling(SimRequest request) =>
        FindRegeling(request["uriIdentificatie"]) is { } regeling
            ? SimResponse.Hal(OzonHal.Regeling(BasePath, regeling))
            : SimResponse.Problem(404, "Not Found", $"Ozon heeft geen regeling {request["uriIdentificatie"]}.");

    private SimResponse AnnotatiesVanRegeling(SimRequest request)
    {
        if (FindRegeling(request["uriIdentificatie"]) is not { } regeling)
        {
            return SimResponse.Problem(404, "Not Found", $"Ozon heeft geen regeling {request["uriIdentificatie"]}.");
        }

        var annotaties = World.OzonDocuments.Annotaties.Where(a => a.RegelingWorkId == regeling.WorkId);
        return OzonHal.Page(request, "regeltekstannotaties", annotaties.Select(a => OzonHal.Annotatie(BasePath, World, a)), request.Path);
    }

    /// <summary>The regeling's consolidated text, article by article, as <c>_embedded.documentComponenten</c> ([seen]; paging is our design).</summary>
    private SimResponse Documentstructuur(SimRequest request) =>
        FindRegeling(request["uriIdentificatie"]) is { } regeling
            ? OzonHal.Page(request, "documentComponenten", World.OzonDocuments.Artikelen(regeling.WorkId).Select(OzonHal.Artikel), request.Path)
            : SimResponse.Problem(404, "Not Found", $"Ozon heeft geen regeling {request["uriIdentificatie"]}.");

    private SimResponse AnnotatiesOpLocatie(SimRequest request)
    {
        var query = GeometryQuery.Parse(request);
        if (query.Problem is { } problem)
        {
            return problem;
        }

        if (query.Geometry is not { } area)
        {
            return OzonHal.Page(request, "regeltekstannotaties", [], request.Path);
        }

        var found = World.OzonDocuments.Annotaties.Where(a => a.LocationIds
            .Select(World.Ozon.FindLocation)
            .Any(l => l is not null && l.Geometry.Intersects(area)));
        return OzonHal.Page(request, "regeltekstannotaties", found.Select(a => OzonHal.Annotatie(BasePath, World, a)), request.Path);
    }

    private OzonRegeling? FindRegeling(string uriIdentificatie) =>
        World.OzonDocuments.Regelingen.FirstOrDefault(r => AknIds.UriIdentificatie(r.WorkId) == uriIdentificatie || r.WorkId == uriIdentificatie);
}
