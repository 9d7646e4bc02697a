using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Lvbb.Ebms;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// Simulated LVBB bronhouderkoppelvlak, two ways in. The real one: Digikoppeling ebMS 2.0 at
/// <c>POST /ebms</c> (<see cref="EbmsEndpoint"/>: leveringsverzoek + opdracht ZIP, Acknowledgment, then
/// <c>…VerzoekResultaat</c> XML messages to the bronhouder's CPA endpoint; <c>PUT /ebms/cpa/{oin}</c> stands in
/// for the CPA). And ours, for quick local runs: <c>POST /opdrachten</c> (the ZIP) → 202 or 400 JSON;
/// <c>GET /opdrachten/{idLevering}/verslag</c> → 404 until processed, then the verslag as JSON.
/// </summary>
public sealed class LvbbSimulator : SimulatorServer
{
    private readonly LvbbProcessor _processor;
    private readonly EbmsEndpoint _ebms;

    public LvbbSimulator(SimulatedWorld world)
        : base(world)
    {
        _processor = new LvbbProcessor(world);
        _ebms = new EbmsEndpoint(world, Parties, _processor.Schedule);
    }

    /// <summary>The ebMS koppelvlak's CPA register and the log of answer messages it sent.</summary>
    public EbmsParties Parties { get; } = new();

    public override string Name => DsoEndpoint.Lvbb;

    public override string BasePath => "/lvbb";

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/ebms", _ebms.Receive)
        .Put("/ebms/cpa/{oin}", _ebms.Register)
        .Post("/opdrachten", Receive)
        .Get("/opdrachten/{idLevering}/verslag", Verslag);

    private SimResponse Receive(SimRequest request)
    {
        var (taken, idLevering, refusal) = LvbbIntake.TakeIn(World, request.Body);
        if (taken is null)
        {
            return Rejected(idLevering, refusal);
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
            null => SimResponse.Typed(ProblemTypes.OnbekendeLevering, 404, "Not Found", $"De LVBB heeft geen opdracht met idLevering {id}."),
            { Verslag: null } => SimResponse.Typed(ProblemTypes.InVerwerking, 404, "Not Found", $"Opdracht {id} is nog in verwerking: er is nog geen verslag."),
            { Verslag: { } verslag } => SimResponse.Json(200, verslag),
        };
    }

    private static SimResponse Rejected(string? idLevering, IReadOnlyList<LvbbMelding> meldingen) =>
        SimResponse.Json(400, new LvbbVerzoekresultaat(idLevering, LvbbVerzoekresultaat.Afgewezen, meldingen));
}
