using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// Simulated Zoekinterface v2 and Toepasbare regels uitvoeren v3 under one base path
/// (<c>/publiek/toepasbare-regels/api</c>). The search finds a werkzaamheid by an everyday word only
/// when it was linked (step 5); <c>conclusie/_bepaal</c> and <c>indieningsvereisten/_bepaal</c>
/// evaluate the rules delivered in step 7 for real, at the location and as of the date. Paths and
/// request bodies follow the domain brief ([seen]); the response fields are our design.
/// </summary>
public sealed class UitvoerenSimulator(SimulatedWorld world, IToepasbareRegelsBron bron) : SimulatorServer(world)
{
    private readonly RegelEvaluatie _evaluatie = new(world);

    public override string Name => DsoEndpoint.Uitvoeren;

    public override string BasePath => "/publiek/toepasbare-regels/api";

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/zoekinterface/v2/werkzaamheden/_zoek", Zoek)
        .Post("/toepasbareregelsuitvoerenservices/v3/conclusie/_bepaal", r => Bepaal(r, RegelbeheerobjectType.Conclusie))
        .Post("/toepasbareregelsuitvoerenservices/v3/indieningsvereisten/_bepaal", r => Bepaal(r, RegelbeheerobjectType.Indieningsvereisten));

    private SimResponse Zoek(SimRequest request)
    {
        var zoekterm = JsonFields.Optional(JsonFields.Parse(request.BodyText, []), "zoekterm");
        if (zoekterm is null)
        {
            return SimResponse.Problem(400, "Bad Request", "The search needs a zoekterm.", [new InvalidParam("zoekterm", "required", "is required.")]);
        }

        var gevonden = World.Faults.IsActive(LoketFaults.F15) ? [] : bron.Werkzaamheden(World.Today)
            .Where(w => Matches(w.Naam, zoekterm) || w.Zoektermen.Any(t => Matches(t, zoekterm)))
            .Select(w => new { naam = w.Naam, functioneleStructuurRef = w.FunctioneleStructuurRef, activiteiten = new[] { new { functioneleStructuurRef = w.ActiviteitRef } } })
            .ToList();
        return SimResponse.Hal(new { _embedded = new { werkzaamheden = gevonden }, page = new { number = 1, size = gevonden.Count, totalElements = gevonden.Count } });
    }

    private SimResponse Bepaal(SimRequest request, RegelbeheerobjectType soort)
    {
        if (request.Header("Content-Crs") is not { } crs || !crs.Contains("28992", StringComparison.Ordinal))
        {
            return SimResponse.Problem(412, "Precondition Failed", "The Content-Crs header must name EPSG:28992 (RD New) for _geo.");
        }

        var (verzoek, errors) = BepaalVerzoek.Parse(request.BodyText);
        if (verzoek is null)
        {
            return SimResponse.Problem(422, "Unprocessable Entity", "The request cannot be evaluated.", errors);
        }

        var datum = verzoek.Datum ?? World.Today;
        return SimResponse.Json(200, new { functioneleStructuurRefs = verzoek.Refs.Select(r => Uitkomst(r.Ref, soort, bron.Vind(r.Ref, soort, datum) is { } regel ? _evaluatie.Bepaal(regel, r.Ref, r.Antwoorden, verzoek.Locatie) : null, datum)) });
    }

    private object Uitkomst(string fsr, RegelbeheerobjectType soort, RegelUitkomst? uitkomst, DateOnly datum)
    {
        if (uitkomst is null)
        {
            return new { functioneleStructuurRef = fsr, activiteiten = Array.Empty<object>(), melding = $"No {soort.ToString().ToLowerInvariant()} rules for this functioneleStructuurRef are in force on {datum:yyyy-MM-dd}." };
        }

        var conclusie = soort == RegelbeheerobjectType.Conclusie && World.Faults.IsActive(LoketFaults.F14) && uitkomst.Conclusie is not null
            ? RegelEvaluatie.NeemContactOpMet
            : uitkomst.Conclusie;
        var documenten = soort == RegelbeheerobjectType.Indieningsvereisten && World.Faults.IsActive(LoketFaults.AanvraagOnvolledig)
            ? uitkomst.Documenten.SkipLast(1)
            : uitkomst.Documenten;
        return new
        {
            functioneleStructuurRef = fsr,
            activiteiten = uitkomst.Activiteiten.Select(a => new { identificatie = a.Identificatie, naam = a.Naam }),
            vragen = uitkomst.Vragen.Select(v => new { id = v.Id, vraag = v.Vraag, gegevensType = v.GegevensType, opties = v.Opties }),
            conclusie = soort == RegelbeheerobjectType.Conclusie && conclusie is not null ? new { code = conclusie } : null,
            documenten = soort == RegelbeheerobjectType.Indieningsvereisten ? documenten.Select(d => new { id = d.Id, bijlageType = d.Omschrijving }) : null,
        };
    }

    private static bool Matches(string text, string zoekterm) => text.Contains(zoekterm.Trim(), StringComparison.OrdinalIgnoreCase);
}
