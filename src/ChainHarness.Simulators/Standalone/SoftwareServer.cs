using System.Text.Json.Nodes;
using ChainHarness.Engine.Drivers.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Standalone;

/// <summary>
/// The world's simulated municipal software over HTTP, in the standard port contract (docs/ports.md;
/// our design): what <c>run --world</c> drives through its http drivers, so the software acts in the
/// world that holds the state and the faults, never in a private copy. One route per operation:
/// <c>/plansoftware/…</c>, <c>/regelbeheer/…</c>, <c>/vth/…</c>, <c>/behandeldienst/…</c>,
/// <c>/zaaksysteem/…</c>, <c>/partner/…</c>.
/// </summary>
public sealed class SoftwareServer(SimulatedWorld world, ChainServices software) : SimulatorServer(world)
{
    public const string ServerName = "Gemeentesoftware";

    public override string Name => ServerName;

    public override string BasePath => "/gemeentesoftware";

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/plansoftware/wijzigingen", _ => Call(async ct => Zip(await Port<IPlanSoftware>().ProduceChangeAsync(ct))))
        .Post("/plansoftware/opdrachten", r => Call(async ct => Submission(await Port<IPlanSoftware>().SubmitAsync(Delivery(r), Soort(r), ct))))
        .Get("/plansoftware/publicaties/{idLevering}", r => Call(async ct => Status(await Port<IPlanSoftware>().GetStatusAsync(r["idLevering"], ct))))
        .Post("/regelbeheer/toepasbaar", r => Call(async ct => PortJson.Rules(await Port<IRulesSoftware>().MakeToepasbaarAsync(Field(r, "activiteitId"), ct))))
        .Post("/regelbeheer/leveringen", r => Call(async ct => RulesDelivery(await Port<IRulesSoftware>().PrepareDeliveryAsync(Rules(r), ct))))
        .Get("/vth/zaken", r => Call(async ct => StandardShapes.Zaak(await Port<IVthSystem>().FindZaakAsync(Query(r, "verzoeknummer"), ct))))
        .Get("/vth/ontvangstbevestigingen", r => Call(async ct => StandardShapes.Bevestiging(await Port<IVthSystem>().FindOntvangstbevestigingAsync(Query(r, "zaak"), ct))))
        .Get("/behandeldienst/zaken", r => Call(async ct => StandardShapes.Zaak(await Port<IBehandeldienstSystem>().FindZaakAsync(Query(r, "verzoeknummer"), ct))))
        .Get("/behandeldienst/ontvangstbevestigingen", r => Call(async ct => StandardShapes.Bevestiging(await Port<IBehandeldienstSystem>().FindOntvangstbevestigingAsync(Query(r, "zaak"), ct))))
        .Post("/zaaksysteem/samenwerkingen", r => Call(async ct => StandardShapes.Started(await Port<ICaseHandler>().StartCollaborationAsync(StandardShapes.Plan(r.BodyText), ct))))
        .Get("/zaaksysteem/notificaties", _ => Call(async ct => StandardShapes.Notices(await Port<ICaseHandler>().ReadNotificationsAsync(ct))))
        .Post("/partner/deelnames", r => Call(async ct => StandardShapes.View(await Port<ICollaborationPartner>().TakePartAsync(Field(r, "verzoeknummer"), ct))));

    /// <summary>
    /// Runs a port's operation for a request. Routes answer synchronously, so the call is waited for here;
    /// each is short (a few loopback calls). Null is 404 (nothing there yet); a refusal of the input is 400.
    /// </summary>
    private static SimResponse Call(Func<CancellationToken, Task<object?>> operation)
    {
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return operation(deadline.Token).GetAwaiter().GetResult() switch
            {
                null => SimResponse.Problem(404, "Not Found", "Nothing there (yet)."),
                string json => SimResponse.Bytes(200, System.Text.Encoding.UTF8.GetBytes(json), "application/json"),
                var body => SimResponse.Json(200, body),
            };
        }
        catch (BadInput bad)
        {
            return SimResponse.Problem(400, "Bad Request", bad.Message);
        }
    }

    private T Port<T>()
        where T : class => software.Require<T>();

    private static object Zip(PlanDelivery delivery) => new { idLevering = delivery.IdLevering, bestandsnaam = delivery.FileName, zip = Convert.ToBase64String(delivery.Zip) };

    private static object Submission(PlanSubmission s) => new { idLevering = s.IdLevering, geaccepteerd = s.Accepted, toelichting = s.Detail };

    private static object Status(PlanPublicationStatus s) => new { status = s.State.ToString(), getoond = s.Shown };

    private static object RulesDelivery(RulesDelivery d) => new
    {
        idLevering = d.IdLevering,
        zip = Convert.ToBase64String(d.Zip),
        geldigBegindatum = d.GeldigBegindatum?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static PlanDelivery Delivery(SimRequest request)
    {
        var id = Field(request, "idLevering");
        try
        {
            return new PlanDelivery($"{id}.zip", Convert.FromBase64String(Field(request, "zip")), id);
        }
        catch (FormatException)
        {
            throw new BadInput("'zip' is not base64.");
        }
    }

    private static OpdrachtSoort Soort(SimRequest request) => Field(request, "soort") switch
    {
        "validatie" => OpdrachtSoort.Validatie,
        "publicatie" => OpdrachtSoort.Publicatie,
        var other => throw new BadInput($"soort '{other}' is not validatie or publicatie."),
    };

    private static ToepasbareRegelsSet Rules(SimRequest request) =>
        PortJson.ReadRules(request.BodyText) ?? throw new BadInput("the body is not a rule set (activiteitId, functioneleStructuurRef, werkzaamheden, bestanden).");

    private static string Field(SimRequest request, string name)
    {
        var errors = new List<InvalidParam>();
        return JsonFields.Optional(JsonFields.Parse(request.BodyText, errors), name) is { Length: > 0 } value
            ? value
            : throw new BadInput($"the body lacks '{name}'.");
    }

    private static string Query(SimRequest request, string name) =>
        request.Query(name) is { Length: > 0 } value ? value : throw new BadInput($"the query lacks '{name}'.");

    private sealed class BadInput(string message) : Exception(message);
}
