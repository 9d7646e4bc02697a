using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Tests.Running;

namespace ChainHarness.Engine.Tests.Reporting;

/// <summary>Runs of the real runner on fake steps, with evidence, for the report tests.</summary>
internal static class SampleRuns
{
    public const string OzonCause =
        "Ozon Presenteren v8 did not return the new rule at the test location (155050, 463050): POST /regelingen/_akn_nl_act_gm9999_2026_omgevingsplan/regeltekstannotaties/_zoek gave 0 annotaties; expected the activity nl.imow-gm9999.activiteit.dakkapel with its werkingsgebied.";

    public static Task<ChainResult> AllPassingAsync(ProfileOptions? profile = null) =>
        RunnerHarness.RunAsync(WithEvidence(FakeStep.AllPassing()), profile);

    /// <summary>Step <paramref name="failing"/> fails with the cause and finding; its evidence shows the exchange.</summary>
    public static Task<ChainResult> FailingAsync(StepId failing, string cause, string? finding, ProfileOptions? profile = null)
    {
        var steps = WithEvidence(FakeStep.AllPassing());
        var index = steps.FindIndex(s => s.Definition.Id == failing);
        steps[index] = new FakeStep(steps[index].Definition, (ctx, _) =>
        {
            ctx.Evidence.Add(new EvidenceItem($"Ozon: POST /regelingen/…/regeltekstannotaties/_zoek")
            {
                Method = "POST",
                Url = "http://127.0.0.1:5123/publiek/omgevingsdocumenten/api/presenteren/v8/regelingen/_akn_nl_act_gm9999_2026_omgevingsplan/regeltekstannotaties/_zoek",
                StatusCode = 200,
                RequestBody = """{"_geo":{"intersects":{"type":"Point","coordinates":[155050.0,463050.0]}}}""",
                ResponseBody = """{"_embedded":{"regeltekstannotaties":[]},"page":{"size":20,"totalElements":0,"totalPages":0,"number":1},"note":"<script>alert('x')</script>"}""" + new string(' ', 10) + LongTail(),
                Elapsed = TimeSpan.FromMilliseconds(37),
            });
            ctx.Evidence.Note("Waited for Ozon to show the regeling", "3 polls over 150 ms");
            return Task.FromResult(StepOutcome.Failed(cause, Werkplaats.Find(finding)));
        });
        return RunnerHarness.RunAsync(steps, profile);
    }

    public static Task<ChainResult> Failing4bAsync() => FailingAsync("4b", OzonCause, "F6");

    private static List<FakeStep> WithEvidence(List<FakeStep> steps) =>
        [.. steps.Select(s => new FakeStep(s.Definition, (ctx, _) =>
        {
            ctx.Evidence.Add(new EvidenceItem($"{s.Definition.LikelyOwner}: GET /status")
            {
                Method = "GET",
                Url = $"http://127.0.0.1:5123/step/{s.Definition.Id}",
                StatusCode = 200,
                ResponseBody = """{"status":"ok"}""",
                Elapsed = TimeSpan.FromMilliseconds(5),
            });
            return Task.FromResult(StepOutcome.Passed($"{s.Definition.EnglishName}: seen as expected."));
        }))];

    private static string LongTail() => string.Concat(Enumerable.Range(0, 40).Select(i => $"\n  line {i} of a long body"));
}
