using System.Text.Json;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// Simulated RTR gegevens v2: the activities of the functional structure (Ozon's, see
/// <see cref="RtrActivities"/>), the werkzaamheden and the toepasbare regels delivered to it, each
/// answered as of <c>?datum=</c> (default: the world's today). The organisation code goes without its
/// prefix (<c>9999</c>); with the prefix (<c>gm9999</c>) the RTR answers 200 and nothing, as the real
/// one does.
/// </summary>
public sealed class RtrSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    public override string Name => DsoEndpoint.Rtr;

    public override string BasePath => "/publiek/toepasbare-regels/api/rtrgegevens/v2";

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("/activiteiten", request => Activities(request, request.Query("organisatieCode"), null, null))
        .Post("/activiteiten/_zoek", Search)
        .Get("/werkzaamheden", Werkzaamheden)
        .Get("/toepasbareRegels", ToepasbareRegels)
        .Get("/toepasbareRegels/{id}/dmn", Dmn);

    private SimResponse Activities(SimRequest request, string? organisatieCode, IReadOnlyList<string>? ids, string? zoekterm)
    {
        if (!RtrQuery.TryRead(request, World.Today, out var query, out var problem))
        {
            return problem!;
        }

        var valid = World.Rtr.ValidOn(query.Datum);
        var activities = RtrActivities.All(World)
            .Where(a => organisatieCode is null || OfOrganisation(a, organisatieCode))
            .Where(a => ids is null || ids.Contains(a.OwId))
            .Where(a => zoekterm is null || a.Naam.Contains(zoekterm, StringComparison.OrdinalIgnoreCase))
            .Select(a => RtrRepresentation.Activity(a, valid, BasePath, query.Datum))
            .ToList();
        return SimResponse.Hal(RtrRepresentation.Page("activiteiten", activities, query.Page, query.Size, BasePath + "/activiteiten"));
    }

    private SimResponse Search(SimRequest request)
    {
        RtrSearch? search;
        try
        {
            search = JsonSerializer.Deserialize<RtrSearch>(request.BodyText, SimResponse.JsonOptions);
        }
        catch (JsonException ex)
        {
            return SimResponse.Problem(400, "Bad Request", $"RTR: the search body is not valid JSON ({ex.Message}).");
        }

        return Activities(request, search?.OrganisatieCode, search?.Identificaties, search?.Zoekterm);
    }

    private SimResponse Werkzaamheden(SimRequest request)
    {
        if (!RtrQuery.TryRead(request, World.Today, out var query, out var problem))
        {
            return problem!;
        }

        var items = World.Rtr.Werkzaamheden(query.Datum).GroupBy(w => w.FunctioneleStructuurRef).Select(RtrRepresentation.Werkzaamheid).ToList();
        return SimResponse.Hal(RtrRepresentation.Page("werkzaamheden", items, query.Page, query.Size, BasePath + "/werkzaamheden"));
    }

    private SimResponse ToepasbareRegels(SimRequest request)
    {
        if (!RtrQuery.TryRead(request, World.Today, out var query, out var problem))
        {
            return problem!;
        }

        if (request.Query("functioneleStructuurRef") is not { Length: > 0 } reference)
        {
            return RtrQuery.Invalid("functioneleStructuurRef", "functioneleStructuurRef is required");
        }

        var items = World.Rtr.ValidOn(reference, query.Datum).Select(r => RtrRepresentation.RuleSet(r, BasePath)).ToList();
        return SimResponse.Hal(RtrRepresentation.Page("toepasbareRegels", items, query.Page, query.Size, BasePath + "/toepasbareRegels"));
    }

    private SimResponse Dmn(SimRequest request) =>
        World.Rtr.RuleSets.FirstOrDefault(r => r.Id == request["id"]) is { } ruleSet
            ? SimResponse.Xml(200, ruleSet.Dmn)
            : SimResponse.Problem(404, "Not Found", $"RTR: no toepasbare regels with id {request["id"]}.");

    /// <summary>The code goes without its prefix: "9999" matches gm9999; "gm9999" matches nothing (the real RTR's quirk).</summary>
    private static bool OfOrganisation(PublishedActivity activity, string code) =>
        code.All(char.IsAsciiDigit) && activity.BevoegdGezag.SkipWhile(char.IsAsciiLetter).SequenceEqual(code);
}
