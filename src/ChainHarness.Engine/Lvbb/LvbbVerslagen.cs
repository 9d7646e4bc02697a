using System.Net;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Lvbb;

/// <summary>Waits for the LVBB's verslag on an opdracht: <c>GET opdrachten/{idLevering}/verslag</c> answers 404 until it is processed.</summary>
public static class LvbbVerslagen
{
    /// <summary><c>GET opdrachten/{idLevering}/verslag</c>: our plain HTTP interface beside the ebMS koppelvlak (contracts/lvbb, operation http-verslag, "ours").</summary>
    public static RestRequest VerslagRequest(string idLevering) => new($"opdrachten/{Uri.EscapeDataString(idLevering)}/verslag");

    public static async Task<VerslagWait> AwaitAsync(StepContext context, string idLevering, CancellationToken cancellationToken)
    {
        // Live, the LVBB answers the bronhouder over ebMS: read what the plan software received.
        if (context.Services.Find<IReceivedVerslagen>() is { } received)
        {
            return await ReceivedVerslagen.AwaitAsync(context, received, idLevering, cancellationToken).ConfigureAwait(false);
        }

        RestResponse? last = null;
        var poll = await context.PollEndpointAsync(
            DsoEndpoint.Lvbb,
            Texts.WaitTexts.LvbbVerslag(idLevering),
            () => VerslagRequest(idLevering),
            r => (last = r).StatusCode == HttpStatusCode.OK,
            cancellationToken).ConfigureAwait(false);
        return new VerslagWait(poll.Ready, poll.Value is { } response ? LvbbJson.Read<LvbbVerslag>(response.Content) : null, poll.Elapsed)
        {
            Last = last is { StatusCode: not HttpStatusCode.OK } seen
                ? new LastAnswer(
                    (int)seen.StatusCode,
                    ResponseText.Describe(seen),
                    ResponseText.Offline(seen),
                    seen.StatusCode == HttpStatusCode.NotFound && ProblemTypes.Of(seen.Content) == ProblemTypes.OnbekendeLevering)
                {
                    InVerwerking = seen.StatusCode == HttpStatusCode.NotFound && ProblemTypes.Of(seen.Content) == ProblemTypes.InVerwerking,
                }
                : null,
        };
    }
}
