using System.Net;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Lvbb;

/// <summary>Waits for the LVBB's verslag on an opdracht: <c>GET opdrachten/{idLevering}/verslag</c> answers 404 until it is processed.</summary>
public static class LvbbVerslagen
{
    public static async Task<VerslagWait> AwaitAsync(StepContext context, string idLevering, CancellationToken cancellationToken)
    {
        var poll = await context.PollEndpointAsync(
            DsoEndpoint.Lvbb,
            $"the LVBB verslag on {idLevering}",
            () => new RestRequest($"opdrachten/{Uri.EscapeDataString(idLevering)}/verslag"),
            r => r.StatusCode == HttpStatusCode.OK,
            cancellationToken).ConfigureAwait(false);
        return new VerslagWait(poll.Ready, poll.Value is { } response ? LvbbJson.Read<LvbbVerslag>(response.Content) : null, poll.Elapsed);
    }
}
