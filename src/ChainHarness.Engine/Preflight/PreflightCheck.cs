using System.Net;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Texts;
using RestSharp;

namespace ChainHarness.Engine.Preflight;

/// <summary>
/// Before step 1: is each of the four connections there? One GET per endpoint (its configured
/// <c>PreflightPath</c>, default the base URL) through the endpoint's own client, key and
/// certificate. 401/403 means the credentials are refused; no answer or a 5xx means not
/// connected; a 2xx means connected with accepted credentials; any other answer (a 404) only that
/// it is reachable. Simulated endpoints are really called too.
/// </summary>
public static class PreflightCheck
{
    public static Task<PreflightResult> RunAsync(
        EndpointDirectory endpoints, Configuration.ProfileOptions profile, SecretRedactor redactor, CancellationToken cancellationToken) =>
        RunAsync(endpoints, profile, redactor, cancellationToken, cancellationToken);

    /// <summary>The checks, stopped by <paramref name="deadline"/> (a check left then is "not connected: no answer within the deadline").</summary>
    public static async Task<PreflightResult> RunAsync(
        EndpointDirectory endpoints, Configuration.ProfileOptions profile, SecretRedactor redactor, CancellationToken deadline, CancellationToken cancellationToken, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var checks = new List<Task<ConnectionCheck>>();
        foreach (var koppelvlak in Koppelvlak.All)
        {
            foreach (var endpoint in koppelvlak.Endpoints)
            {
                // All at once: the endpoints are independent, and a run should not wait for their answers one by one.
                checks.Add(cancellationToken.IsCancellationRequested
                    ? Task.FromResult(new ConnectionCheck(koppelvlak.Name, endpoint, ConnectionStatus.NotChecked, PreflightTexts.Cancelled))
                    : CheckAsync(koppelvlak, endpoint, endpoints, profile, redactor, deadline, time, cancellationToken));
            }
        }

        return new PreflightResult([.. await Task.WhenAll(checks).ConfigureAwait(false)]);
    }

    private static async Task<ConnectionCheck> CheckAsync(
        Koppelvlak koppelvlak, string endpoint, EndpointDirectory endpoints, Configuration.ProfileOptions profile, SecretRedactor redactor, CancellationToken deadline, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!endpoints.Has(endpoint))
        {
            return new ConnectionCheck(koppelvlak.Name, endpoint, ConnectionStatus.NotConfigured,
                PreflightTexts.NotConfigured(koppelvlak.Name, endpoint));
        }

        var evidence = new EvidenceLog(redactor);
        var own = profile.Timing.PreflightDeadline;
        using var shortDeadline = new CancellationTokenSource(own, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline, shortDeadline.Token);
        RestResponse response;
        try
        {
            response = await endpoints.Get(endpoint).SendAsync(new RestRequest(profile.Endpoint(endpoint).PreflightPath), evidence, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ConnectionCheck(koppelvlak.Name, endpoint, ConnectionStatus.NotChecked, PreflightTexts.Cancelled);
        }
        catch (OperationCanceledException)
        {
            return new ConnectionCheck(koppelvlak.Name, endpoint, ConnectionStatus.NotConnected, PreflightTexts.DeadlinePassed(koppelvlak.Name, endpoint, own))
            {
                Evidence = evidence.Items,
            };
        }

        var (status, detail) = Judge(koppelvlak, endpoint, response);
        return new ConnectionCheck(koppelvlak.Name, endpoint, status, redactor.Redact(detail) ?? detail)
        {
            StatusCode = response.ResponseStatus == ResponseStatus.Completed ? (int)response.StatusCode : null,
            Evidence = evidence.Items,
        };
    }

    private static (ConnectionStatus, string) Judge(Koppelvlak koppelvlak, string endpoint, RestResponse response)
    {
        var code = (int)response.StatusCode;
        if (response.ResponseStatus != ResponseStatus.Completed || code == 0)
        {
            return (ConnectionStatus.NotConnected, PreflightTexts.NoAnswer(koppelvlak.Name, endpoint, NoAnswer.Reason(response)));
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => (ConnectionStatus.CredentialsRefused,
                PreflightTexts.Refused(koppelvlak.Name, endpoint, code)),
            _ when code >= 500 => (ConnectionStatus.NotConnected, PreflightTexts.ServerError(koppelvlak.Name, endpoint, code)),
            _ when code is >= 200 and < 300 => (ConnectionStatus.Connected, PreflightTexts.Answers(koppelvlak.Name, endpoint, code)),
            _ => (ConnectionStatus.Reachable, PreflightTexts.Reachable(koppelvlak.Name, endpoint, code)),
        };
    }
}
