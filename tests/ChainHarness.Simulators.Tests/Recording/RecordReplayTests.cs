using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Recording;

/// <summary>Ozon recorded through the proxy during the plan chain, then served from the recording: the same outcomes.</summary>
public sealed class RecordReplayTests : WithTempFolder
{
    private const string Key = "geheime-ozon-sleutel";

    private string Recordings => PathIn("recordings");

    [Test]
    public async Task RunAsync_RecordOzonThenReplayIt_SameStepOutcomes_AndNoSecretSaved()
    {
        StepSelection.TryParse("1-4b", out var selection, out _);
        var start = DateTimeOffset.UtcNow; // both runs stamp their change alike, so the recorded Ozon answers fit the replayed run

        // Given a run that records Ozon (its simulator behind the proxy), with a key configured
        var recording = Profile(new EndpointOptions { Mode = EndpointMode.Record, RecordingFolder = Recordings, ApiKey = Key });
        var recorded = await LocalChain.RunAsync(recording, selection, time: new ReplayableClock(start));
        var dated = Directory.GetDirectories(Recordings).Single();
        var files = Directory.GetFiles(Path.Combine(dated, "Ozon"), "*.json");

        // When the same chain runs with Ozon served from the recording
        var replaying = Profile(new EndpointOptions { Mode = EndpointMode.Replay, RecordingFolder = dated });
        var replayed = await LocalChain.RunAsync(replaying, selection, time: new ReplayableClock(start));

        // Then
        Assert.That(Path.GetFileName(dated), Does.Match(@"^\d{4}-\d{2}-\d{2}T\d{6}$"), "a dated folder");
        Assert.That(files, Is.Not.Empty);
        Assert.That(files.Select(File.ReadAllText), Has.None.Contains(Key).And.None.Contains("x-api-key"));
        Assert.That(Outcomes(recorded), Is.EqualTo(Outcomes(replayed)), replayed["4b"].Outcome.Cause);
        Assert.That(replayed["4b"].Outcome.Status, Is.EqualTo(StepStatus.Passed), replayed["4b"].Outcome.Cause);
    }

    [Test]
    public void Resolve_ReplayWithoutARecording_IsAConfigurationError()
    {
        var errors = new EndpointOptions { Mode = EndpointMode.Replay, RecordingFolder = Path.Combine(Recordings, "nergens") }.Validate("Endpoints:Ozon").ToList();

        Assert.That(errors, Has.Some.Contains("Endpoints:Ozon:RecordingFolder"));
    }

    private static ProfileOptions Profile(EndpointOptions ozon)
    {
        var profile = new ProfileOptions();
        profile.Endpoints["Ozon"] = ozon;
        return profile;
    }

    private static string[] Outcomes(ChainResult result) =>
        [.. result.Steps.Take(5).Select(s => $"{s.Step.Id}:{s.Outcome.Status}")];
}
