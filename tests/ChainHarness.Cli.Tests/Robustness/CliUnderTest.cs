namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>
/// The tool the process-level tests start: the one built with these tests, or the
/// <c>chainharness.dll</c> named in <c>CHAINHARNESS_TEST_CLI</c> (to show a test fails on an older build).
/// </summary>
internal static class CliUnderTest
{
    public static string Dll =>
        Environment.GetEnvironmentVariable("CHAINHARNESS_TEST_CLI") is { Length: > 0 } other ? other : Path.Combine(AppContext.BaseDirectory, "chainharness.dll");
}
