using ChainHarness.Simulators.World;
using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Lvbb;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ChainHarness.Simulators.Tests.ObservedCauses;

/// <summary>
/// Injects one wrong national answer from outside the engine: a WireMock mapping on the running
/// simulator at a higher priority than its own routes (the step cannot read it as a fault flag).
/// </summary>
internal static class Injected
{
    public static ProfileOptions Profile() => new()
    {
        Timing = new TimingOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            StepDeadline = TimeSpan.FromSeconds(4),
            LvbbProcessingDelay = TimeSpan.FromMilliseconds(20),
            Retries = 0,
        },
    };

    public static WireMockServer Server(LocalSimulation simulation, string name) => simulation.Servers.Single(s => s.Name == name).Server;

    /// <summary>The verslag GET of a publicatieOpdracht answered by <paramref name="answer"/>; a validatieOpdracht's answered as the simulator would.</summary>
    public static void PublicatieVerslag(LocalSimulation simulation, Func<LvbbOpdracht, SimResponse> answer) =>
        Server(simulation, DsoEndpoint.Lvbb)
            .Given(Request.Create().WithPath(new WildcardMatcher("/lvbb/opdrachten/*/verslag")).UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithCallback(message =>
            {
                var id = Uri.UnescapeDataString(message.Path.Split('/')[^2]);
                var opdracht = simulation.World.Lvbb.Find(id);
                return SimulatorServer.ToMessage(opdracht is { Soort: LvbbOpdrachtSoort.Publicatie } ? answer(opdracht) : AsSimulated(opdracht));
            }));

    /// <summary>Every request matching the path and method answered with <paramref name="answer"/>.</summary>
    public static void Always(LocalSimulation simulation, string name, string path, string method, SimResponse answer) =>
        Server(simulation, name)
            .Given(Request.Create().WithPath(new WildcardMatcher(path)).UsingMethod(method))
            .AtPriority(1)
            .RespondWith(Response.Create().WithCallback(_ => SimulatorServer.ToMessage(answer)));

    public static async Task<ChainResult> RunAsync(ProfileOptions profile, string steps, Action<LocalSimulation> arrange)
    {
        StepSelection.TryParse(steps, out var selection, out _);
        return await LocalChain.RunAsync(profile, selection, arrange: arrange);
    }

    private static SimResponse AsSimulated(LvbbOpdracht? opdracht) => opdracht switch
    {
        null => SimResponse.Typed(ProblemTypes.OnbekendeLevering, 404, "Not Found", "The LVBB has no opdracht with this idLevering."),
        { Verslag: null } => SimResponse.Typed(ProblemTypes.InVerwerking, 404, "Not Found", "Opdracht is nog in verwerking: er is nog geen verslag."),
        { Verslag: { } verslag } => SimResponse.Json(200, verslag),
    };
}
