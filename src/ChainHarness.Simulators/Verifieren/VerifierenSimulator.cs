using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// Simulated Regels verifiëren v2. <c>POST /verificaties</c> with one DMN file as the body and,
/// optionally, <c>?type=Conclusie|Indieningsvereisten|Maatregelen</c> and <c>?activiteit=&lt;OW id&gt;</c>;
/// answers 200 with the meldingen. The service's OpenAPI is not public: paths and the report shape are
/// our design. Validates against <c>Schemas:Dmn</c> when configured. Stores nothing.
/// </summary>
public sealed class VerifierenSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    private readonly RegelsVerifier _verifier = new(world.Profile.Schemas.Dmn);

    public override string Name => DsoEndpoint.Verifieren;

    public override string BasePath => "/publiek/toepasbare-regels/api/verifierenregels/v2";

    protected override void MapRoutes(RouteTable routes) => routes.Post("/verificaties", Verify);

    private SimResponse Verify(SimRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.BodyText))
        {
            return SimResponse.Problem(400, "Bad Request", "Regels verifiëren: de body moet één DMN-bestand zijn.");
        }

        RegelbeheerobjectType? type = null;
        if (request.Query("type") is { } typeText)
        {
            if (!Enum.TryParse<RegelbeheerobjectType>(typeText, ignoreCase: true, out var parsed))
            {
                return SimResponse.Problem(400, "Bad Request", $"Regels verifiëren: type '{typeText}' is niet Conclusie, Indieningsvereisten of Maatregelen.",
                    [new { name = "type", reason = "onbekend type regelbeheerobject" }]);
            }

            type = parsed;
        }

        var report = _verifier.Verify(request.BodyText, type, request.Query("activiteit"));
        return SimResponse.Json(200, new
        {
            resultaat = report.Goedgekeurd ? "goedgekeurd" : "afgekeurd",
            meldingen = report.Meldingen.Select(m => new { code = m.Code, ernst = m.Ernst, beschrijving = m.Beschrijving }),
        });
    }
}
