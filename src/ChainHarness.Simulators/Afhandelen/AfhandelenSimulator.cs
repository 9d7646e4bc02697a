using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Protocols;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Afhandelen;

/// <summary>
/// Simulated Verzoek afhandelen (STAM side): a party fetches the verzoekreferenties of a verzoek
/// addressed to it: the STAM XML, the publishable PDF and each attachment. Only an addressed party
/// (an uitvoerende instantie of a part) may fetch, and it sees only its own part; others get 403.
/// Under <c>simulate --tls</c> the caller is the OIN in its client certificate's subject serialNumber (as the real
/// service knows it); without TLS the OIN in <see cref="ClientOinHeader"/> stands in for it. Paths and shapes are
/// our design; the OpenAPI is not public.
/// </summary>
public sealed class AfhandelenSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    /// <summary>Our design: the caller's OIN, as the real service reads it from the client certificate.</summary>
    public const string ClientOinHeader = PkioIdentity.OinHeader;

    public override string Name => DsoEndpoint.Afhandelen;

    public override string BasePath => "/overheid/verzoeken/api/afhandelen/v2";

    private string Base => BaseUrl.ToString().TrimEnd('/');

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/verzoeken/_zoek", Zoek)
        .Get("/verzoeken/{verzoeknummer}", r => ForCaller(r, (v, deel) => SimResponse.Hal(Referenties(v, deel))))
        .Get("/verzoeken/{verzoeknummer}/samenvatting", r => ForCaller(r, (v, deel) => SimResponse.Json(200, Samenvatting(v, deel))))
        .Get("/verzoeken/{verzoeknummer}/stam", r => ForCaller(r, (v, deel) => SimResponse.Xml(200, StamWriter.Write(Stam(v, deel)))))
        .Get("/verzoeken/{verzoeknummer}/pdf", r => ForCaller(r, (v, deel) => SimResponse.Bytes(200, VerzoekPdf.Write(Stam(v, deel)), "application/pdf")))
        .Get("/verzoeken/{verzoeknummer}/bijlagen/{documentId}", Bijlage);

    private SimResponse Zoek(SimRequest request)
    {
        if (request.Header(ClientOinHeader) is not { Length: > 0 } oin)
        {
            return Unidentified();
        }

        var mine = World.Verzoeken.All.Where(v => v.DeelVoor(oin) is not null).OrderBy(v => v.Verzoeknummer, StringComparer.Ordinal);
        return SimResponse.Hal(new { _embedded = new { verzoeken = mine.Select(v => Samenvatting(v, v.DeelVoor(oin)!)) } });
    }

    private SimResponse Bijlage(SimRequest request) => ForCaller(request, (v, _) =>
        v.Bijlagen.FirstOrDefault(b => b.DocumentId == request["documentId"]) is { } b && v.Inhoud(b.DocumentId) is { } inhoud
            ? SimResponse.Bytes(200, inhoud, b.MediaType).WithHeader("Content-Disposition", $"attachment; filename=\"{b.Bestandsnaam}\"")
            : SimResponse.Problem(404, "Not Found", $"Verzoek {v.Verzoeknummer} heeft geen bijlage {request["documentId"]}."));

    private SimResponse ForCaller(SimRequest request, Func<Verzoek, VerzoekDeel, SimResponse> handle)
    {
        if (request.Header(ClientOinHeader) is not { Length: > 0 } oin)
        {
            return Unidentified();
        }

        var nummer = request["verzoeknummer"];
        if (World.Verzoeken.FindByVerzoeknummer(nummer) is not { } verzoek)
        {
            return SimResponse.Problem(404, "Not Found", $"No submitted verzoek {nummer}.");
        }

        return verzoek.DeelVoor(oin) is { } deel
            ? handle(verzoek, deel)
            : SimResponse.Typed(ProblemTypes.NietGeadresseerd, 403, "Forbidden", $"Verzoek {nummer} is niet geadresseerd aan OIN {oin}: alleen zijn uitvoerende instanties mogen het ophalen.");
    }

    private object Referenties(Verzoek v, VerzoekDeel deel)
    {
        var self = $"{Base}/verzoeken/{v.Verzoeknummer}";
        return new
        {
            verzoeknummer = v.Verzoeknummer,
            doel = Doel(v),
            uitvoerendeInstantie = deel.UitvoerendeInstantie,
            _links = new
            {
                self = new { href = self },
                stam = new { href = self + "/stam", type = "application/xml" },
                pdf = new { href = self + "/pdf", type = "application/pdf" },
                bijlagen = v.Bijlagen.Select(b => new { href = $"{self}/bijlagen/{b.DocumentId}", title = b.Bestandsnaam, type = b.MediaType }),
            },
        };
    }

    private static object Samenvatting(Verzoek v, VerzoekDeel deel) => new
    {
        verzoeknummer = v.Verzoeknummer,
        doel = Doel(v),
        type = v.Gegevens.Type,
        indieningsdatum = v.Indiendatum,
        projectnaam = v.Gegevens.Projectnaam,
        uitvoerendeInstantie = deel.UitvoerendeInstantie,
        activiteiten = deel.Activiteiten.Select(a => a.ActiviteitNaam),
        activiteitIds = deel.Activiteiten.Select(a => a.ImowId),
    };

    private static StamVerzoek Stam(Verzoek v, VerzoekDeel deel) => StamVerzoek.Voor(v, deel, Doel(v));

    private static string Doel(Verzoek v) => v.Status == VerzoekStatus.Ingetrokken ? StamDoel.Intrekken : StamDoel.Initieren;

    private static SimResponse Unidentified() =>
        SimResponse.Problem(401, "Unauthorized", $"De aanroeper is niet geïdentificeerd: stuur zijn OIN in {ClientOinHeader} (het OIN van zijn PKIoverheid-certificaat).");
}
