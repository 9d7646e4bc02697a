using System.Net;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using RestSharp;

namespace ChainHarness.Engine.Preflight;

/// <summary>
/// Before step 1: is each of the four connections there? One GET per endpoint (its configured
/// <c>PreflightPath</c>, default the base URL) through the endpoint's own client, key and
/// certificate. 401/403 means the credentials are refused; no answer or a 5xx means not
/// connected; any other answer means reachable and accepted. Simulated endpoints are really called too.
/// </summary>
public static class PreflightCheck
{
    public static Task<PreflightResult> RunAsync(
        EndpointDirectory endpoints, Configuration.ProfileOptions profile, SecretRedactor redactor, CancellationToken cancellationToken) =>
        RunAsync(endpoints, profile, redactor, cancellationToken, cancellationToken);

    /// <summary>The checks, stopped by <paramref name="deadline"/> (a check left then is "not connected: no answer within the deadline").</summary>
    public static async Task<PreflightResult> RunAsync(
        EndpointDirectory endpoints, Configuration.ProfileOptions profile, SecretRedactor redactor, CancellationToken deadline, CancellationToken cancellationToken)
    {
        var checks = new List<ConnectionCheck>();
        foreach (var koppelvlak in Koppelvlak.All)
        {
            foreach (var endpoint in koppelvlak.Endpoints)
            {
                checks.Add(cancellationToken.IsCancellationRequested
                    ? new ConnectionCheck(koppelvlak.Name, endpoint, ConnectionStatus.NotChecked, "Not checked: the run was cancelled.")
                    : await CheckAsync(koppelvlak, endpoint, endpoints, profile, redactor, deadline, cancellationToken).ConfigureAwait(false));
            }
        }

        return new PreflightResult(checks);
    }

    private static async Task<ConnectionCheck> CheckAsync(
        Koppelvlak koppelvlak, string endpoint, EndpointDirectory endpoints, Configuration.ProfileOptions profile, SecretRedactor redactor, CancellationToken deadline, CancellationToken cancellationToken)
    {
        if (!endpoints.Has(endpoint))
        {
            return new ConnectionCheck(koppelvlak.Name, endpoint, ConnectionStatus.NotConfigured,
                $"{endpoint} has no URL and no simulator in this run: configure Endpoints:{endpoint}:BaseUrl to check the {koppelvlak.Name} connection.");
        }

        var evidence = new EvidenceLog(redactor);
        RestResponse response;
        try
        {
            response = await endpoints.Get(endpoint).SendAsync(new RestRequest(profile.Endpoint(endpoint).PreflightPath), evidence, deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ConnectionCheck(koppelvlak.Name, endpoint, ConnectionStatus.NotChecked, "Not checked: the run was cancelled.");
        }
        catch (OperationCanceledException)
        {
            return new ConnectionCheck(koppelvlak.Name, endpoint, ConnectionStatus.NotConnected,
                $"{koppelvlak.Name} not connected: {endpoint} gave no answer within the preflight deadline (Timing:StepDeadline).");
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
            return (ConnectionStatus.NotConnected, $"{koppelvlak.Name} not connected: {endpoint} gave no answer ({NoAnswer.Reason(response)}).");
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => (ConnectionStatus.CredentialsRefused,
                $"{koppelvlak.Name} not connected: {endpoint} refuses our credentials ({code}); check its API key or PKIoverheid certificate."),
            _ when code >= 500 => (ConnectionStatus.NotConnected, $"{koppelvlak.Name} not connected: {endpoint} answers with a server error ({code})."),
            _ => (ConnectionStatus.Connected, $"{koppelvlak.Name} connected: {endpoint} answers ({code}) and accepts our credentials."),
        };
    }
}
