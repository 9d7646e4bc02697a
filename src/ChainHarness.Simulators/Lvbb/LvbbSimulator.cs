using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// Simulated LVBB bronhouderkoppelvlak. The real one is ebMS over Digikoppeling; this is a REST
/// facade of our design: <c>POST /opdrachten</c> (the delivery ZIP) → 202 with a verzoekresultaat,
/// or 400 when it cannot be taken in; <c>GET /opdrachten/{idLevering}/verslag</c> → 404 until
/// processed, then the verslag. No key: the real service authenticates with PKIoverheid.
/// </summary>
public sealed class LvbbSimulator : SimulatorServer
{
    private readonly LvbbProcessor _processor;

    public LvbbSimulator(SimulatedWorld world)
        : base(world) => _processor = new LvbbProcessor(world);

    public override string Name => DsoEndpoint.Lvbb;

    public override string BasePath => "/lvbb";

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/opdrachten", Receive)
        .Get("/opdrachten/{idLevering}/verslag", Verslag);

    private SimResponse Receive(SimRequest request)
    {
        if (StopDeliveryReader.TryRead(request.Body, out var error) is not { } delivery)
        {
            return Rejected(null, [new LvbbMelding(MeldingCodes.ZipOnleesbaar, MeldingErnst.Fout, "levering", $"The body is not a delivery ZIP: {error}")]);
        }

        var context = DeliveryCheckContexts.For(World);
        var intake = DeliveryValidator.Intake(delivery, context);
        var opdracht = delivery.Opdracht;
        if (intake.Any(m => m.IsFout) || opdracht is null)
        {
            return Rejected(opdracht?.IdLevering, intake);
        }

        var taken = new LvbbOpdracht
        {
            IdLevering = opdracht.IdLevering!,
            IdBevoegdGezag = opdracht.IdBevoegdGezag!,
            Soort = opdracht.Soort,
            OntvangenOp = World.Time.GetUtcNow(),
            Delivery = delivery,
            Meldingen = [.. intake, .. DeliveryValidator.Content(delivery, context)],
        };
        if (!World.Lvbb.TryAdd(taken))
        {
            return Rejected(taken.IdLevering, [.. new IdLeveringCheck().Check(delivery, context with { IdLeveringUsed = (_, _) => true })]);
        }

        _processor.Schedule(taken);
        return SimResponse.Json(202, new LvbbVerzoekresultaat(taken.IdLevering, LvbbVerzoekresultaat.Ontvangen, []))
            .WithHeader("Location", $"{BasePath}/opdrachten/{Uri.EscapeDataString(taken.IdLevering)}/verslag");
    }

    private SimResponse Verslag(SimRequest request)
    {
        var id = request["idLevering"];
        return World.Lvbb.Find(id) switch
        {
            null => SimResponse.Problem(404, "Not Found", $"The LVBB has no opdracht with idLevering {id}."),
            { Verslag: null } => SimResponse.Problem(404, "Not Found", $"Opdracht {id} is still being processed: no verslag yet."),
            { Verslag: { } verslag } => SimResponse.Json(200, verslag),
        };
    }

    private static SimResponse Rejected(string? idLevering, IReadOnlyList<LvbbMelding> meldingen) =>
        SimResponse.Json(400, new LvbbVerzoekresultaat(idLevering, LvbbVerzoekresultaat.Afgewezen, meldingen));
}
