using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Running;

/// <summary>What one run needs: the profile, the steps to run, the drivers and the endpoints.</summary>
public sealed record ChainRunRequest
{
    public required string ProfileName { get; init; }

    public required ProfileOptions Profile { get; init; }

    public required ChainServices Services { get; init; }

    public required EndpointDirectory Endpoints { get; init; }

    public StepSelection Selection { get; init; } = StepSelection.All;

    public SecretRedactor Redactor { get; init; } = SecretRedactor.None;

    public IChainObserver? Observer { get; init; }

    /// <summary>The simulated world's announcements (<see cref="IReadinessSignal"/>); null against live endpoints.</summary>
    public IReadinessSignal? Readiness { get; init; }

    /// <summary>Check the four connections (STOP, STTR, STAM, SWF) before step 1. Default off.</summary>
    public bool Preflight { get; init; }
}
