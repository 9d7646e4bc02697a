namespace ChainHarness.Engine.Waiting;

/// <summary>
/// What a simulated world can tell a waiting step: something a step may be waiting for has just
/// become ready (an LVBB verslag, a zaak in the VTH system, an Ozon version, an RTR listing). Optional:
/// live endpoints have none, and a wait then polls at <c>Timing:PollInterval</c>. An announcement only
/// ends the wait for the next probe early; the probe still asks the endpoint, and its answer is the verdict.
/// The simulators implement it; the engine never knows them.
/// </summary>
public interface IReadinessSignal
{
    /// <summary>How many announcements were made so far; rises with every one.</summary>
    long Mark { get; }

    /// <summary>Completes when an announcement after <paramref name="mark"/> is made (at once if one already was).</summary>
    Task AnnouncedAfterAsync(long mark, CancellationToken cancellationToken);
}
