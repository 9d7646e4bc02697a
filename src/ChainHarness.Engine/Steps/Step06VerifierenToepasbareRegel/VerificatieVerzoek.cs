using ChainHarness.Engine.Ports;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step06VerifierenToepasbareRegel;

/// <summary>
/// The request of step 6 to Regels verifiëren v2 (contracts/regels-verifieren): <c>POST verificaties</c> with
/// the STTR file as the raw XML body, its regelbeheerobject type and the activity it must name as query
/// parameters. The base path is OFFICIAL; the path and parameters are our design (no public OpenAPI).
/// </summary>
public static class VerificatieVerzoek
{
    public static RestRequest For(string xml, RegelbeheerobjectType type, string activityId) =>
        new RestRequest("verificaties", Method.Post)
            .AddQueryParameter("type", type.ToString())
            .AddQueryParameter("activiteit", activityId)
            .AddStringBody(xml, "application/xml");
}
