using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;
using ChainHarness.Simulators.World.Swf;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>
/// The simulated Samenwerkfunctionaliteit v4 (<c>pkio…/overheid/samenwerken/api/behandelen/v4</c>).
/// The caller is known by the OIN of its PKIoverheid certificate (under <c>simulate --tls</c> its subject serialNumber;
/// without TLS <see cref="PkioIdentity.OinHeader"/> stands in); a party outside a samenwerking gets 403 on everything in it. Resource names follow the
/// domain brief; the exact paths and bodies are our design (the official OpenAPI is not public).
/// </summary>
public sealed class SamenwerkenSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    private SwfRepresentation? _hal;

    public override string Name => DsoEndpoint.Samenwerken;

    public override string BasePath => "/overheid/samenwerken/api/behandelen/v4";

    private SwfState Swf => World.Swf;

    private SwfRepresentation Hal => _hal ??= new SwfRepresentation(BaseUrl);

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/samenwerkingen", r => AsCaller(r, oin => Start(r, oin)))
        .Post("/samenwerkingen/_zoek", r => AsCaller(r, oin => Search(r, oin)))
        .Get("/samenwerkingen/{id}", r => AsDeelnemer(r, (s, _) => SimResponse.Hal(Hal.Samenwerking(s))))
        .Post("/samenwerkingen/{id}/_stoppen", r => AsDeelnemer(r, (s, d) => Answer(s.Stop(d.Oin), Hal.Samenwerking)))
        .Get("/samenwerkingen/{id}/deelnemers", r => AsDeelnemer(r, (s, _) => List("deelnemers", s.Deelnemers.Select(d => Hal.Deelnemer(s, d)))))
        .Post("/samenwerkingen/{id}/deelnemers", r => AsDeelnemer(r, (s, d) => SwfWrites.Invite(r, s, d, x => Hal.Deelnemer(s, x))))
        .Get("/samenwerkingen/{id}/documenten", r => AsDeelnemer(r, (s, d) => List("documenten", s.DocumentenVoor(d).Select(x => Hal.Document(s, x)))))
        .Post("/samenwerkingen/{id}/documenten", r => AsDeelnemer(r, (s, d) => SwfWrites.Share(r, s, d, x => Hal.Document(s, x))))
        .Get("/samenwerkingen/{id}/documenten/{documentId}", r => AsDeelnemer(r, (s, d) => Document(r["documentId"], s, d)))
        .Post("/samenwerkingen/{id}/actieverzoeken", r => AsDeelnemer(r, (s, d) => SwfWrites.Ask(r, s, d, a => Hal.Actieverzoek(s, a))))
        .Get("/samenwerkingen/{id}/actieverzoeken/{actieverzoekId}", r => AsDeelnemer(r, (s, _) => Actieverzoek(r["actieverzoekId"], s)))
        .Post("/samenwerkingen/{id}/actieverzoeken/{actieverzoekId}/_afronden", r => AsDeelnemer(r, (s, d) => Answer(s.Complete(d.Oin, r["actieverzoekId"]), a => Hal.Actieverzoek(s, a))))
        .Post("/samenwerkingen/{id}/actieverzoeken/{actieverzoekId}/_intrekken", r => AsDeelnemer(r, (s, d) => Answer(s.Withdraw(d.Oin, r["actieverzoekId"]), a => Hal.Actieverzoek(s, a))))
        .Get("/actieverzoeken", r => AsCaller(r, oin => Actieverzoeken(r.Query("samenwerkingId"), oin)))
        .Get("/notificaties", r => AsCaller(r, oin => List("notificaties", Swf.Notificaties(oin).Select(Hal.Notificatie))))
        .Delete("/notificaties/{notificatieId}", r => AsCaller(r, oin => Swf.Delete(oin, r["notificatieId"])
            ? SimResponse.Empty(204)
            : SimResponse.Problem(404, "Not Found", $"Er wacht geen notificatie {r["notificatieId"]} voor OIN {oin}.")));

    private SimResponse Start(SimRequest request, string oin)
    {
        var body = new SwfBody(request.BodyText);
        var verzoeknummer = body.Text("verzoeknummer", valid: SwfBody.IsVerzoeknummer, rule: "must be a verzoeknummer of 13 digits.");
        var vorm = body.Text("samenwerkVorm");
        var naam = body.Text("naam", required: false) ?? oin;
        if (!body.IsValid)
        {
            return SimResponse.Problem(400, "Bad Request", "De samenwerking kan niet starten: zie invalidParams.", body.Invalid);
        }

        var samenwerking = Swf.Start(oin, naam, verzoeknummer!, vorm!);
        return SimResponse.Hal(Hal.Samenwerking(samenwerking), 201).WithHeader("Location", Hal.SamenwerkingUrl(samenwerking.Id));
    }

    private SimResponse Search(SimRequest request, string oin)
    {
        var verzoeknummer = new SwfBody(request.BodyText).Text("verzoeknummer", required: false);
        var found = Swf.For(oin).Where(s => verzoeknummer is null || s.Verzoeknummer == verzoeknummer);
        return List("samenwerkingen", found.Select(Hal.Samenwerking));
    }

    /// <summary><c>GET /actieverzoeken?samenwerkingId=</c> (SEEN in v5): the actieverzoeken of a samenwerking the caller takes part in.</summary>
    private SimResponse Actieverzoeken(string? samenwerkingId, string oin) =>
        samenwerkingId is null
            ? SimResponse.Problem(400, "Bad Request", "GET /actieverzoeken vraagt ?samenwerkingId=.", [new InvalidParam("samenwerkingId", "required", "is verplicht.")])
            : Swf.Find(samenwerkingId) is not { } samenwerking
                ? SimResponse.Problem(404, "Not Found", $"Er is geen samenwerking {samenwerkingId}.")
                : samenwerking.Deelnemer(oin) is null
                    ? SimResponse.Problem(403, "Forbidden", $"OIN {oin} neemt geen deel aan samenwerking {samenwerking.Id}.")
                    : List("actieverzoeken", samenwerking.Actieverzoeken.Select(a => Hal.Actieverzoek(samenwerking, a)));

    private SimResponse Document(string documentId, SwfSamenwerking samenwerking, SwfDeelnemer caller)
    {
        var document = samenwerking.Documenten.FirstOrDefault(d => d.Id == documentId);
        return document is null ? SimResponse.Problem(404, "Not Found", $"Samenwerking {samenwerking.Id} heeft geen document {documentId}.")
            : !caller.MaySee(document) ? SimResponse.Problem(403, "Forbidden", $"Document {documentId} is {document.Vertrouwelijkheid}: privilege {caller.Privilege} geeft geen toegang; VT wel.")
            : SimResponse.Hal(Hal.Document(samenwerking, document, withContent: true));
    }

    private SimResponse Actieverzoek(string id, SwfSamenwerking samenwerking) =>
        samenwerking.Actieverzoeken.FirstOrDefault(a => a.Id == id) is { } found
            ? SimResponse.Hal(Hal.Actieverzoek(samenwerking, found))
            : SimResponse.Problem(404, "Not Found", $"Samenwerking {samenwerking.Id} heeft geen actieverzoek {id}.");

    private static SimResponse AsCaller(SimRequest request, Func<string, SimResponse> handle) =>
        request.Header(PkioIdentity.OinHeader) is { } oin && SwfBody.IsOin(oin)
            ? handle(oin)
            : SimResponse.Problem(401, "Unauthorized", "Geen PKIoverheid-identiteit: de Samenwerkfunctionaliteit heeft het OIN van het clientcertificaat van de aanroeper nodig.");

    private SimResponse AsDeelnemer(SimRequest request, Func<SwfSamenwerking, SwfDeelnemer, SimResponse> handle) => AsCaller(request, oin =>
        Swf.Find(request["id"]) is not { } samenwerking
            ? SimResponse.Problem(404, "Not Found", $"Er is geen samenwerking {request["id"]}.")
            : samenwerking.Deelnemer(oin) is not { } deelnemer
                ? SimResponse.Problem(403, "Forbidden", $"OIN {oin} neemt geen deel aan samenwerking {samenwerking.Id}.")
                : handle(samenwerking, deelnemer));

    internal static SimResponse Answer<T>(SwfResult<T> result, Func<T, object> shape)
        where T : class =>
        result.Succeeded
            ? SimResponse.Hal(shape(result.Value!), result.Status)
            : SimResponse.Problem(result.Status, Title(result.Status), result.Refusal!);

    private static SimResponse List(string name, IEnumerable<object> items) => SimResponse.Hal(SwfRepresentation.Collection(name, items));

    private static string Title(int status) => status switch
    {
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        422 => "Unprocessable Entity",
        _ => "Bad Request",
    };
}
