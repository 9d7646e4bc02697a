using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using RestSharp;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// Polls a national endpoint until its answer is ready (an LVBB verslag, a regeling in Ozon),
/// keeping only the last exchange as evidence so a long wait does not flood the report.
/// </summary>
public static class EndpointPolling
{
    public static async Task<PollResult<RestResponse>> PollEndpointAsync(
        this StepContext context,
        string endpoint,
        string onWhat,
        Func<RestRequest> request,
        Func<RestResponse, bool> ready,
        CancellationToken cancellationToken)
    {
        EvidenceItem? last = null;
        var result = await context.PollAsync(
            onWhat,
            async ct =>
            {
                var scratch = new EvidenceLog(SecretRedactor.None);
                var response = await context.Endpoints.Get(endpoint).SendAsync(request(), scratch, ct).ConfigureAwait(false);
                StepContext.ThrowIfCutOff(response, ct);
                last = scratch.Items.LastOrDefault();
                return ready(response) ? response : null;
            },
            cancellationToken).ConfigureAwait(false);
        if (last is not null)
        {
            context.Evidence.Add(last with { Title = $"{last.Title} (asked {result.Attempts}× over {result.Elapsed.TotalSeconds:0.0} s)" });
        }

        return result;
    }
}
