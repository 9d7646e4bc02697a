using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Vth;

/// <summary>
/// The municipality's simulated VTH (case) system on a server of its own. It receives the DSO's
/// verzoeknotificatie XML (<c>POST /verzoeknotificaties</c>, see <see cref="VerzoekNotificatieXml"/>; 202, then fetches and processes the verzoek
/// in the background: see <see cref="VthIntake"/>), and shows its zaken and documents in ZGW shapes
/// (<c>/zaken/api/v1</c>, <c>/documenten/api/v1</c>) and the letters it sent in <c>/berichten</c>
/// (our design). Constructed for one party, so a behandeldienst's system can be a second instance. It fetches from
/// Verzoek afhandelen as its own party (<see cref="PartyConnections"/>: over TLS with a certificate for its OIN).
/// </summary>
public sealed class VthSimulator(SimulatedWorld world, Partij eigenaar, VthState state, string name = "Vth", PartyConnections? connections = null) : SimulatorServer(world)
{
    private readonly VthIntake _intake = new(world, eigenaar, state, connections);

    public override string Name => name;

    public override string BasePath => "";

    public Partij Eigenaar => eigenaar;

    public VthState State => state;

    /// <summary>Where the DSO must push verzoeknotificaties for <see cref="Eigenaar"/>.</summary>
    public Uri NotificatieEndpoint => new(BaseUrl.ToString().TrimEnd('/') + "/verzoeknotificaties");

    private string Base => BaseUrl.ToString().TrimEnd('/');

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/verzoeknotificaties", Ontvang)
        .Get("/zaken/api/v1/zaken", r => SimResponse.Json(200, ZgwRepresentation.Page(state.Zaken
            .Where(z => r.Query("identificatie") is not { } id || z.Identificatie == id)
            .Select(z => ZgwRepresentation.Zaak(z, Base, eigenaar.Oin)))))
        .Get("/zaken/api/v1/zaken/{uuid}", r => WithZaak(r, z => SimResponse.Json(200, ZgwRepresentation.Zaak(z, Base, eigenaar.Oin))))
        .Get("/zaken/api/v1/zaken/{uuid}/zaakeigenschappen", r => WithZaak(r, z => SimResponse.Json(200, ZgwRepresentation.Zaakeigenschappen(z, Base))))
        .Get("/zaken/api/v1/zaakinformatieobjecten", r => SimResponse.Json(200, state.Zaken
            .Where(z => r.Query("zaak") is not { } url || url.EndsWith("/" + z.Uuid, StringComparison.Ordinal))
            .SelectMany(z => ZgwRepresentation.Zaakinformatieobjecten(z, Base))))
        .Get("/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid}", r => WithDocument(r, (z, d) => SimResponse.Json(200, ZgwRepresentation.Informatieobject(d, Base, eigenaar.Oin, z.Startdatum))))
        .Get("/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid}/download", r => WithDocument(r, (_, d) => SimResponse.Bytes(200, d.Inhoud, d.Bijlage.MediaType)))
        .Get("/berichten", r => SimResponse.Json(200, state.Berichten.Where(b => r.Query("zaak") is not { } zaak || b.ZaakIdentificatie == zaak)));

    private SimResponse Ontvang(SimRequest request)
    {
        var (nummer, doel, url, missing) = VerzoekNotificatieXml.Read(request.BodyText);
        if (missing.Count > 0)
        {
            return SimResponse.Problem(400, "Bad Request", "Een verzoeknotificatie is XML (root verzoeknotificatie) met verzoeknummer, doel en een absolute verzoekreferenties-URL.",
                missing.Select(m => new InvalidParam(m, "required", $"{m} ontbreekt of is ongeldig.")));
        }

        SimulatorHttp.RunInBackground(
            () => _intake.ProcessAsync(nummer!, doel!, url!),
            ex => _intake.Refuse(nummer!, $"het verzoek kon niet worden opgehaald: {ex.Message}"));
        return SimResponse.Empty(202);
    }

    private SimResponse WithZaak(SimRequest request, Func<Zaak, SimResponse> handle) =>
        state.Find(request["uuid"]) is { } zaak ? handle(zaak) : SimResponse.Problem(404, "Not Found", $"Geen zaak {request["uuid"]}.");

    private SimResponse WithDocument(SimRequest request, Func<Zaak, ZaakDocument, SimResponse> handle) =>
        state.Zaken.FirstOrDefault(z => z.Documenten.Any(d => d.Uuid == request["uuid"])) is { } zaak
            ? handle(zaak, zaak.Documenten.First(d => d.Uuid == request["uuid"]))
            : SimResponse.Problem(404, "Not Found", $"No informatieobject {request["uuid"]}.");
}
