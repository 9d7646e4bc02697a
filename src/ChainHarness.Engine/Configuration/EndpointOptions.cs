using ChainHarness.Engine.Waiting;
namespace ChainHarness.Engine.Configuration;

/// <summary>
/// One national endpoint. Defaults: simulated with the simulators' key, no certificate, and the
/// profile's <see cref="TimingOptions"/> for retries and the attempt timeout.
/// </summary>
public sealed class EndpointOptions
{
    /// <summary>
    /// The key the simulators accept when none is configured (not a secret: it only opens the local
    /// simulators). The header is still required and sent, so a missing key fails as it would live.
    /// </summary>
    public const string SimulatedApiKey = "chainharness-simulated-key";

    public EndpointMode Mode { get; set; } = EndpointMode.Simulated;

    /// <summary>Base URL; required when <see cref="Mode"/> is Live. Production hosts are refused.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The <c>x-api-key</c>. Keep it in the environment or user secrets, never in a file you commit.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A PKIoverheid client certificate (PKCS#12 file) for the protected <c>pkio.</c> APIs. Default none.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>The environment variable holding the certificate's password. Default <c>CHAINHARNESS_CERT_PASSWORD</c>.</summary>
    public string CertificatePasswordVariable { get; set; } = "CHAINHARNESS_CERT_PASSWORD";

    /// <summary>
    /// A CA certificate (PEM) to trust for this endpoint's server certificate besides the system's, e.g. the test CA
    /// that <c>simulate --tls</c> writes. Only for a loopback BaseUrl; default none.
    /// </summary>
    public string? TrustedRootFile { get; set; }

    /// <summary>Retries of a transient failure for this endpoint; null: <see cref="TimingOptions.Retries"/>.</summary>
    public int? Retries { get; set; }

    /// <summary>How long one HTTP attempt to this endpoint may take; null: <see cref="TimingOptions.AttemptTimeout"/>.</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>The path, relative to <see cref="BaseUrl"/>, the preflight GETs to see the endpoint answer. Default: the base URL itself.</summary>
    public string PreflightPath { get; set; } = "";

    /// <summary>
    /// Record: the folder under which a dated recording is made (default <c>recordings</c>). Replay:
    /// the dated recording to serve (holding a folder per endpoint).
    /// </summary>
    public string? RecordingFolder { get; set; }

    /// <summary>The key to send (and, for a simulator, to require): the configured one, else <see cref="SimulatedApiKey"/> when not live.</summary>
    public string? KeyToSend => ApiKey ?? (Mode == EndpointMode.Live ? null : SimulatedApiKey);

    public IEnumerable<string> Validate(string path)
    {
        if (Mode == EndpointMode.Live && string.IsNullOrWhiteSpace(BaseUrl))
        {
            yield return Texts.OptionTexts.RequiredWhen($"{path}:BaseUrl", "Live").ToString();
        }

        if (TrustedRootFile is not null && (!File.Exists(TrustedRootFile) || !Uri.TryCreate(BaseUrl, UriKind.Absolute, out var local) || !local.IsLoopback))
        {
            yield return Texts.OptionTexts.TrustedRoot($"{path}:TrustedRootFile").ToString();
        }

        if (BaseUrl is not null && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            yield return Texts.OptionTexts.NotAUrl($"{path}:BaseUrl").ToString();
        }

        if (ProductionGuard.Check($"{path}:BaseUrl", BaseUrl) is { } production)
        {
            yield return production;
        }

        if (Retries is < 0 or > 10)
        {
            yield return Texts.OptionTexts.Between($"{path}:Retries", 0, 10).ToString();
        }

        if (AttemptTimeout <= TimeSpan.Zero)
        {
            yield return Texts.OptionTexts.MoreThanZero($"{path}:AttemptTimeout").ToString();
        }
        else if (AttemptTimeout > Waiting.StepDeadline.Longest)
        {
            yield return Texts.OptionTexts.TooLong($"{path}:AttemptTimeout", Waiting.StepDeadline.Longest).ToString();
        }

        if (Mode == EndpointMode.Replay && (RecordingFolder is null || !Directory.Exists(RecordingFolder)))
        {
            yield return Texts.OptionTexts.RecordingFolder($"{path}:RecordingFolder", RecordingFolder ?? "").ToString();
        }

        if (CertificateFile is not null && !File.Exists(CertificateFile))
        {
            yield return Texts.OptionTexts.NoFile($"{path}:CertificateFile", Path.GetFileName(CertificateFile) ?? "").ToString();
        }
    }

    /// <summary>The retry and timeout settings for this endpoint: its own overrides, else the profile's timing.</summary>
    public EndpointResilience Resilience(TimingOptions timing) =>
        new(Retries ?? timing.Retries, AttemptTimeout ?? timing.AttemptTimeout, timing.RetryDelay);
}
