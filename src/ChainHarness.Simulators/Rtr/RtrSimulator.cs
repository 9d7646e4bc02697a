using ChainHarness.Engine.Loket;
using System.Text.Json;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// Simulated RTR gegevens v2: the activities of the functional structure (Ozon's, see
/// <see cref="RtrActivities"/>) and the werkzaamheden, each answered as of <c>?datum=dd-MM-yyyy</c>
/// (default: the world's today), paged by <c>page</c> + <c>pageSize</c>. The toepasbare regels themselves
/// are <see cref="UitvoerenGegevensSimulator"/>'s. The organisation code (our filter) goes without its
/// prefix (<c>9999</c>); with the prefix (<c>gm9999</c>) the RTR answers 200 and nothing, as the real
/// one does.
/// </summary>
public sealed class RtrSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    public override string Name => DsoEndpoint.Rtr;

    public override string BasePath => "/publiek/toepasbare-regels/api/rtrgegevens/v2";

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("/activiteiten", request => World.Lvbb.ReadPublished(() => Activities(request, request.Query("organisatieCode"), null, null)))
        .Post("/activiteiten/_zoek", request => World.Lvbb.ReadPublished(() => Search(request)))
        .Get("/werkzaamheden", Werkzaamheden);

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
            return SimResponse.Problem(400, "Bad Request", $"RTR: de zoekvraag is geen geldige JSON ({ex.Message}).");
        }

        return Activities(request, search?.OrganisatieCode, search?.Identificaties, search?.Zoekterm);
    }

    private SimResponse Werkzaamheden(SimRequest request)
    {
        if (!RtrQuery.TryRead(request, World.Today, out var query, out var problem))
        {
            return problem!;
        }

        // Fault F15: no werkzaamheid is linked, so the RTR lists none (the loket's search then finds none either).
        var items = (World.Faults.IsActive(LoketFaults.F15) ? [] : World.Rtr.Werkzaamheden(query.Datum)).GroupBy(w => w.FunctioneleStructuurRef).Select(RtrRepresentation.Werkzaamheid).ToList();
        return SimResponse.Hal(RtrRepresentation.Page("werkzaamheden", items, query.Page, query.Size, BasePath + "/werkzaamheden"));
    }

    /// <summary>The code goes without its prefix: "9999" matches gm9999; "gm9999" matches nothing (the real RTR's quirk).</summary>
    private static bool OfOrganisation(PublishedActivity activity, string code) =>
        code.All(char.IsAsciiDigit) && activity.BevoegdGezag.SkipWhile(char.IsAsciiLetter).SequenceEqual(code);
}
