using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps;
using System.Runtime.CompilerServices;
using RestSharp;

namespace ChainHarness.Engine.Steps;

/// <summary>Everything one step may use: the profile, the captures so far, the drivers, the endpoints, time.</summary>
public sealed class StepContext
{
    public required StepDefinition Step { get; init; }

    public required ProfileOptions Profile { get; init; }

    public required ChainState State { get; init; }

    public required ChainServices Services { get; init; }

    public required EndpointDirectory Endpoints { get; init; }

    public required EvidenceLog Evidence { get; init; }

    public required TimeProvider Time { get; init; }

    /// <summary>A simulated world's announcements, so a wait ends when what it waits for becomes ready; none for a live chain.</summary>
    public IReadinessSignal? Readiness { get; init; }

    /// <summary>Told what the step waits on and until when, before each poll (the runner passes it to its observer).</summary>
    internal Action<string, DateTimeOffset> Waiting { get; init; } = (_, _) => { };

    /// <summary>Sends a request to a national endpoint, recording the exchange as evidence.</summary>
    public async Task<RestResponse> SendAsync(string endpoint, RestRequest request, CancellationToken cancellationToken)
    {
        var response = await Endpoints.Get(endpoint).SendAsync(request, Evidence, cancellationToken).ConfigureAwait(false);
        ThrowIfCutOff(response, cancellationToken);
        return response;
    }

    /// <summary>
    /// An ask cut off by the step's own time (its token, or its deadline reached while the attempt's own time-out, capped
    /// to that deadline, fired first) saw nothing of the service: it is no answer of the service. The cancel goes on, to
    /// the poll or the runner that set the deadline, so no cause is read from it.
    /// </summary>
    internal static void ThrowIfCutOff(RestResponse response, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted && StepDeadline.Current is { Remaining.Ticks: 0 })
        {
            throw new OperationCanceledException("The step's deadline passed during the request.");
        }
    }

    /// <summary>
    /// Polls until <paramref name="probe"/> gives a value, at the profile's interval (or sooner, when the
    /// simulated world announces something), within the step deadline.
    /// </summary>
    public Task<PollResult<T>> PollAsync<T>(string onWhat, Func<CancellationToken, Task<T?>> probe, CancellationToken cancellationToken)
        where T : class
    {
        Waiting(onWhat, Time.GetUtcNow() + Profile.Timing.StepDeadline);
        return new Poller(Time, Readiness).UntilAsync(probe, Profile.Timing.PollInterval, Profile.Timing.StepDeadline, cancellationToken);
    }

    /// <summary>
    /// A capture this step needs from an earlier one, or a <see cref="MissingCaptureException"/> that the runner reports as
    /// "the step that captures it did not run (or captured nothing)", naming that step. Pass the property itself:
    /// <c>context.Require(context.State.Loket.Aanvraag)</c>; its name is taken from the expression.
    /// </summary>
    public T Require<T>(T? capture, [CallerArgumentExpression(nameof(capture))] string expression = "")
        where T : class =>
        capture ?? throw new MissingCaptureException(CaptureName(expression));

    /// <inheritdoc cref="Require{T}(T, string)"/>
    public T Require<T>(T? capture, [CallerArgumentExpression(nameof(capture))] string expression = "")
        where T : struct =>
        capture ?? throw new MissingCaptureException(CaptureName(expression));

    /// <summary><c>context.State.Loket.Aanvraag</c> → <c>Loket.Aanvraag</c>.</summary>
    private static string CaptureName(string expression)
    {
        var parts = expression.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : expression;
    }
}
