namespace ChainHarness.Engine.Configuration;

/// <summary>The configuration is unusable. Lists every broken key at once; the CLI maps it to exit code 2.</summary>
public sealed class ConfigurationErrorException : Exception
{
    private ConfigurationErrorException(IReadOnlyList<string> errors)
        : base("The configuration has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }

    /// <summary>The errors, with any URL userinfo or credential query value in them masked: a configuration error never echoes a secret.</summary>
    public static ConfigurationErrorException WithErrors(IEnumerable<string> errors) =>
        new([.. errors.Select(e => Evidence.SecretRedactor.None.Redact(e) ?? e)]);

    public static ConfigurationErrorException UnknownProfile(string profile, IEnumerable<string> known) =>
        new([$"ChainHarness:Profile: no profile named '{profile}'. Known profiles: {string.Join(", ", known.DefaultIfEmpty("(none)"))}."]);
}
