using ChainHarness.Engine.Waiting;
namespace ChainHarness.Engine.Configuration;

/// <summary>Waits and deadlines of a run.</summary>
public sealed class TimingOptions
{
    /// <summary>How often an asynchronous result is polled. Default 50 ms.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long one step may take before it fails. Default 30 s.</summary>
    public TimeSpan StepDeadline { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the preflight may wait for one endpoint before step 1 (so a dead connection shows at once). Default 5 s.</summary>
    public TimeSpan PreflightDeadline { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one HTTP attempt may take. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a transient failure (5xx, 429, connection reset). Default 2.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first backoff delay between retries; it doubles per retry, with jitter. Default 100 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Simulators only: how long the simulated LVBB takes to process an opdracht. Default 200 ms.</summary>
    public TimeSpan LvbbProcessingDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The retry and timeout settings every endpoint gets unless it overrides them.</summary>
    public EndpointResilience Resilience() => new(Retries, AttemptTimeout, RetryDelay);

    /// <summary>The largest answer accepted from an endpoint, in bytes; a larger one fails the exchange. Default 64 MB.</summary>
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;

    public IEnumerable<string> Validate(string path)
    {
        if (MaxResponseBytes <= 0)
        {
            yield return Texts.OptionTexts.MoreThanZero($"{path}:MaxResponseBytes").ToString();
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            yield return Texts.OptionTexts.MoreThanZero($"{path}:PollInterval").ToString();
        }

        if (StepDeadline <= PollInterval)
        {
            yield return Texts.OptionTexts.LongerThan($"{path}:StepDeadline", "PollInterval", PollInterval).ToString();
        }

        if (PreflightDeadline <= TimeSpan.Zero)
        {
            yield return Texts.OptionTexts.MoreThanZero($"{path}:PreflightDeadline").ToString();
        }

        if (AttemptTimeout <= TimeSpan.Zero)
        {
            yield return Texts.OptionTexts.MoreThanZero($"{path}:AttemptTimeout").ToString();
        }

        if (Retries is < 0 or > 10)
        {
            yield return Texts.OptionTexts.Between($"{path}:Retries", 0, 10).ToString();
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            yield return Texts.OptionTexts.NotNegative($"{path}:RetryDelay").ToString();
        }

        if (LvbbProcessingDelay < TimeSpan.Zero)
        {
            yield return Texts.OptionTexts.NotNegative($"{path}:LvbbProcessingDelay").ToString();
        }

        var longest = Waiting.StepDeadline.Longest;
        foreach (var (name, value) in new[] { (nameof(PollInterval), PollInterval), (nameof(StepDeadline), StepDeadline), (nameof(AttemptTimeout), AttemptTimeout), (nameof(RetryDelay), RetryDelay), (nameof(LvbbProcessingDelay), LvbbProcessingDelay) })
        {
            if (value > longest)
            {
                yield return Texts.OptionTexts.TooLong($"{path}:{name}", longest).ToString();
            }
        }
    }
}
