using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Routing;

/// <summary>
/// The simulated Behandeldienstconfiguratie beheren v1 (<c>pkio…/overheid/toepasbare-regels/api/behandeldienstconfiguraties/v1</c>,
/// contracts/behandeldienstconfiguraties). A bevoegd gezag (the caller's OIN) lists, adds and removes the links of its
/// activities to a behandeldienst; an activity has at most one behandeldienst per bevoegd gezag (409 otherwise).
/// The semantics are OFFICIAL; paths, fields and statuses are our design (the OpenAPI is not public).
/// </summary>
public sealed class BehandeldienstconfiguratiesSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    public override string Name => DsoEndpoint.Behandeldienstconfiguraties;

    public override string BasePath => "/overheid/toepasbare-regels/api/behandeldienstconfiguraties/v1";

    private string Root => BaseUrl.ToString().TrimEnd('/') + "/behandeldienstconfiguraties";

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("/behandeldienstconfiguraties", r => AsCaller(r, oin => SimResponse.Hal(new
        {
            _embedded = new
            {
                behandeldienstconfiguraties = BehandeldienstRouting.Configured(World, oin)
                    .Where(c => r.Query("activiteit") is not { } activiteit || c.Covers(activiteit))
                    .Select(Shape).ToArray(),
            },
        })))
        .Get("/behandeldienstconfiguraties/{id}", r => AsCaller(r, oin => Own(r["id"], oin) is { } c ? SimResponse.Hal(Shape(c)) : NotFound(r["id"], oin)))
        .Post("/behandeldienstconfiguraties", r => AsCaller(r, oin => Add(r, oin)))
        .Delete("/behandeldienstconfiguraties/{id}", r => AsCaller(r, oin =>
            Own(r["id"], oin) is { } c && World.Behandeldienstconfiguraties.Remove(c.Id) ? SimResponse.Empty(204) : NotFound(r["id"], oin)));

    private SimResponse Add(SimRequest request, string oin)
    {
        var errors = new List<InvalidParam>();
        var body = JsonFields.Parse(request.BodyText, errors);
        var activiteit = JsonFields.Required(body?["activiteit"], "identificatie", errors);
        var behandeldienst = JsonFields.Required(body?["behandeldienst"], "oin", errors);
        if (errors.Count > 0 || behandeldienst is not { Length: 20 } || !behandeldienst.All(char.IsAsciiDigit))
        {
            return SimResponse.Problem(400, "Bad Request", "A behandeldienstconfiguratie needs activiteit.identificatie and behandeldienst.oin (20 digits).", errors);
        }

        var naam = JsonFields.Optional(body?["behandeldienst"], "naam") ?? behandeldienst;
        return World.Behandeldienstconfiguraties.Add(oin, activiteit!, behandeldienst, naam) is { } added
            ? SimResponse.Hal(Shape(added), 201).WithHeader("Location", $"{Root}/{added.Id}")
            : SimResponse.Problem(409, "Conflict", $"Activity {activiteit} already has a behandeldienst for OIN {oin}: an activity has at most one behandeldienst per bevoegd gezag.");
    }

    private BehandeldienstConfiguratie? Own(string id, string oin) =>
        BehandeldienstRouting.Configured(World, oin).FirstOrDefault(c => c.Id == id);

    private object Shape(BehandeldienstConfiguratie c) => new
    {
        id = c.Id,
        bevoegdGezag = new { oin = c.BevoegdGezagOin },
        activiteit = new { identificatie = c.Activiteit },
        behandeldienst = new { oin = c.BehandeldienstOin, naam = c.BehandeldienstNaam },
        _links = new { self = new { href = $"{Root}/{c.Id}" } },
    };

    private static SimResponse NotFound(string id, string oin) =>
        SimResponse.Problem(404, "Not Found", $"OIN {oin} heeft geen behandeldienstconfiguratie {id}.");

    private static SimResponse AsCaller(SimRequest request, Func<string, SimResponse> handle) =>
        request.Header(PkioIdentity.OinHeader) is { Length: 20 } oin && oin.All(char.IsAsciiDigit)
            ? handle(oin)
            : SimResponse.Problem(401, "Unauthorized", "Geen PKIoverheid-identiteit: Behandeldienstconfiguraties heeft het OIN uit het clientcertificaat van de aanroeper nodig.");
}
