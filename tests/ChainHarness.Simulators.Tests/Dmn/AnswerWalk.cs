using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Tests.Dmn;

/// <summary>
/// Walks a rule set the way the loket does: evaluate, answer the questions asked (from a script keyed
/// by input name), evaluate again, until it concludes. Records every question asked, in order.
/// </summary>
internal static class AnswerWalk
{
    public static (DmnEvaluation Result, List<DmnOpenQuestion> Asked) Run(DmnModel model, IReadOnlyDictionary<string, object?> script, string? decision = null)
    {
        var answers = new DmnAnswers();
        var asked = new List<DmnOpenQuestion>();
        for (var round = 0; round < 50; round++)
        {
            var result = DmnEvaluator.Evaluate(model, answers, decision);
            if (result.Status != DmnEvaluationStatus.NeedsAnswers)
            {
                return (result, asked);
            }

            foreach (var question in result.OpenQuestions)
            {
                if (!script.TryGetValue(question.InputName, out var answer))
                {
                    Assert.Fail($"The walk was asked '{question.InputName}' ({question.Tekst}), which its script does not answer.");
                }

                asked.Add(question);
                answers.Add(question.InputId, answer);
            }
        }

        throw new InvalidOperationException("The walk did not conclude within 50 rounds.");
    }
}
