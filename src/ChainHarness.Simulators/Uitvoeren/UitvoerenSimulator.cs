using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Protocols;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// Simulated Toepasbare regels uitvoeren services v3 ([seen], contracts/uitvoeren):
/// <c>conclusie/_bepaal</c> and <c>indieningsvereisten/_bepaal</c> evaluate the rules delivered in step 7
/// for real, at the location and as of the date, and answer a plain JSON array, one element per requested
/// ref (<see cref="UitvoerenRepresentation"/>). Rules that cannot be evaluated (a FEEL type mismatch) answer 422 with
/// problem type <see cref="ProblemTypes.Evaluatiefout"/> (our design), never a silent no-match. <c>Content-Crs</c> may be left out (RD is assumed, as a
/// public client does); another CRS is 412. The Zoekinterface is <see cref="ZoekinterfaceSimulator"/>.
/// </summary>
public sealed class UitvoerenSimulator(SimulatedWorld world, IToepasbareRegelsBron bron) : SimulatorServer(world)
{
    private readonly RegelEvaluatie _evaluatie = new(world);

    public override string Name => DsoEndpoint.Uitvoeren;

    public override string BasePath => "/publiek/toepasbare-regels/api/toepasbareregelsuitvoerenservices/v3";

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/conclusie/_bepaal", r => World.Lvbb.ReadPublished(() => Bepaal(r, RegelbeheerobjectType.Conclusie)))
        .Post("/indieningsvereisten/_bepaal", r => World.Lvbb.ReadPublished(() => Bepaal(r, RegelbeheerobjectType.Indieningsvereisten)));

    private SimResponse Bepaal(SimRequest request, RegelbeheerobjectType soort)
    {
        if (request.Header("Content-Crs") is { } crs && !crs.Contains("28992", StringComparison.Ordinal))
        {
            return SimResponse.Problem(412, "Precondition Failed", $"Content-Crs '{crs}' wordt niet ondersteund: _geo moet in EPSG:28992 (RD New) staan.");
        }

        var (verzoek, errors) = BepaalVerzoek.Parse(request.BodyText);
        if (verzoek is null)
        {
            return SimResponse.Problem(422, "Unprocessable Entity", "Het verzoek is niet uit te voeren.", errors);
        }

        var datum = verzoek.Datum ?? World.Today;
        var uitkomsten = verzoek.Refs.Select(r => (r.Ref, Uitkomst: bron.Vind(r.Ref, soort, datum) is { } regel ? _evaluatie.Bepaal(regel, r.Ref, r.Antwoorden, verzoek.Locatie) : null)).ToList();
        if (uitkomsten.FirstOrDefault(u => u.Uitkomst?.Evaluatiefout is not null) is { Uitkomst: { } fout } foutRef)
        {
            return SimResponse.Typed(ProblemTypes.Evaluatiefout, 422, "Evaluatiefout",
                $"De toepasbare regels voor {foutRef.Ref} zijn met deze antwoorden niet uit te voeren: {fout.Evaluatiefout}");
        }

        return SimResponse.Json(200, uitkomsten.Select(u => Uitkomst(u.Ref, soort, u.Uitkomst, datum)).ToList());
    }

    private object Uitkomst(string fsr, RegelbeheerobjectType soort, RegelUitkomst? uitkomst, DateOnly datum)
    {
        var vereisten = soort == RegelbeheerobjectType.Indieningsvereisten;
        if (uitkomst is null)
        {
            return UitvoerenRepresentation.Geen(fsr, vereisten, $"Voor deze functioneleStructuurRef gelden op {datum:yyyy-MM-dd} geen regels van soort {soort.ToString().ToLowerInvariant()}.");
        }

        var conclusie = !vereisten && World.Faults.IsActive(LoketFaults.F14) && uitkomst.Conclusie is not null
            ? RegelEvaluatie.NeemContactOpMet
            : uitkomst.Conclusie;
        var documenten = vereisten && World.Faults.IsActive(LoketFaults.AanvraagOnvolledig)
            ? uitkomst.Documenten.SkipLast(1).ToList()
            : uitkomst.Documenten;
        return UitvoerenRepresentation.Uitkomst(fsr, vereisten, uitkomst, conclusie, documenten);
    }
}
