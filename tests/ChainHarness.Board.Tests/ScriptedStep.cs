using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Tests;

/// <summary>
/// A step of a scripted chain: records one exchange as evidence, waits through the real poller
/// (so the board sees it waiting) and passes, or fails with the cause and finding it was given.
/// </summary>
internal sealed class ScriptedStep(StepDefinition definition, string? failWith) : IChainStep
{
    public const string Cause = "The scripted LVBB answered with a validation report holding one melding with ernst 'fout': LVBB1501, datumBekendmaking lies in the past.";

    public StepDefinition Definition { get; } = definition;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        context.Evidence.Add(new EvidenceItem($"Scripted: GET /step/{Definition.Id}")
        {
            Method = "GET",
            Url = $"http://127.0.0.1:9/step/{Definition.Id}",
            StatusCode = failWith is null ? 200 : 422,
            ResponseBody = failWith is null ? """{"status":"ok"}""" : """{"meldingen":[{"code":"LVBB1501","ernst":"fout"}]}""",
        });
        var polls = 0;
        await context.PollAsync("the scripted verslag", _ => Task.FromResult(++polls < 2 ? null : "ready"), cancellationToken);
        return failWith is null ? StepOutcome.Passed($"{Definition.EnglishName}: as expected.") : StepOutcome.Failed(Cause, Werkplaats.Find(failWith));
    }
}
