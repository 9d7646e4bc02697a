using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// Simulated toepasbareregelsuitvoerengegevens v1 ([seen], contracts/rtr-uitvoerengegevens): the
/// toepasbare regels in force for a functioneleStructuurRef on <c>?datum=dd-MM-yyyy</c>
/// (<c>_embedded.toepasbareRegels[]</c> with <c>_links.sttrBestand</c>) and the STTR file itself.
/// </summary>
public sealed class UitvoerenGegevensSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    public override string Name => DsoEndpoint.UitvoerenGegevens;

    public override string BasePath => "/publiek/toepasbare-regels/api/toepasbareregelsuitvoerengegevens/v1";

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("/toepasbareRegels", ToepasbareRegels)
        .Get("/toepasbareRegels/{id}/sttrBestand", SttrBestand);

    private SimResponse ToepasbareRegels(SimRequest request)
    {
        if (!RtrQuery.TryRead(request, World.Today, out var query, out var problem))
        {
            return problem!;
        }

        if (request.Query("functioneleStructuurRef") is not { Length: > 0 } reference)
        {
            return RtrQuery.Invalid("functioneleStructuurRef", "functioneleStructuurRef is verplicht");
        }

        var items = World.Rtr.ValidOn(reference, query.Datum).Select(r => RtrRepresentation.RuleSet(r, BasePath)).ToList();
        return SimResponse.Hal(RtrRepresentation.Page("toepasbareRegels", items, query.Page, query.Size, BasePath + "/toepasbareRegels"));
    }

    private SimResponse SttrBestand(SimRequest request) =>
        World.Rtr.RuleSets.FirstOrDefault(r => r.Id == request["id"]) is { } ruleSet
            ? SimResponse.Xml(200, ruleSet.Dmn)
            : SimResponse.Problem(404, "Not Found", $"RTR: geen toepasbare regels met id {request["id"]}.");
}
