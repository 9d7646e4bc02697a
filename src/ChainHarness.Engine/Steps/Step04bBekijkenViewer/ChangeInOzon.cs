using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Steps.Step04bBekijkenViewer;

/// <summary>
/// Step 4b's second look, beyond the test location: the whole change is in Ozon. Every juridische regel
/// the change delivered is among the regeling's regeltekstannotaties with its activities and
/// werkingsgebieden, none it ended is; every article it added or replaced shows its new text, none it
/// withdrew shows at all.
/// </summary>
public static class ChangeInOzon
{
    public static async Task<StepOutcome> JudgeAsync(StepContext context, PlanCaptures plan, StepOutcome atLocation, CancellationToken cancellationToken)
    {
        var change = plan.Change!;
        var regeling = Stop.AknIds.UriIdentificatie(plan.RegelingWorkId!);
        var (annotations, refused) = await OzonPages.ReadAllAsync(context, $"regelingen/{regeling}/regeltekstannotaties", OzonAnnotation.ParseAll, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return StepOutcome.Failed($"Ozon was asked for the rules of regeling {plan.RegelingWorkId} and {ResponseText.Describe(refused).English}", ResponseText.Finding(refused)) with { Owner = ResponseText.Owner(refused) };
        }

        IReadOnlyList<OzonArticle> articles = [];
        if (change.NewArticles.Count > 0 || change.Withdrawals.Count > 0)
        {
            (articles, refused) = await OzonPages.ReadAllAsync(context, $"regelingen/{regeling}/documentstructuur", OzonArticle.ParseAll, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return StepOutcome.Failed($"Ozon was asked for the text of regeling {plan.RegelingWorkId} and {ResponseText.Describe(refused).English}", ResponseText.Finding(refused)) with { Owner = ResponseText.Owner(refused) };
            }
        }

        var problems = Problems(change, annotations, articles);
        if (problems.Count > 0)
        {
            return StepOutcome.Failed(
                $"Ozon (Regels op de kaart) does not show regeling {plan.RegelingExpressionId ?? plan.RegelingWorkId} as the change delivered it: {string.Join("; ", problems)}.");
        }

        return StepOutcome.Passed(atLocation.Summary + Texts.PassedTexts.WholeChange(
            change.Rules.Count, string.Join(", ", change.NewArticles.Select(a => a.Label)), string.Join(", ", change.WithdrawalNames), annotations.Count, articles.Count));
    }

    /// <summary>Where Ozon's rules and text of the regeling differ from what the change delivered, in plain words.</summary>
    public static IReadOnlyList<string> Problems(ChangeContent change, IReadOnlyList<OzonAnnotation> annotations, IReadOnlyList<OzonArticle> articles) =>
        [.. RuleProblems(change, annotations), .. TextProblems(change, articles)];

    private static IEnumerable<string> RuleProblems(ChangeContent change, IReadOnlyList<OzonAnnotation> annotations)
    {
        foreach (var rule in change.Rules)
        {
            var shown = annotations.FirstOrDefault(a => a.Id == rule.Id);
            var lacks = shown is null ? [] : rule.ActivityIds.Except(shown.ActivityIds).Concat(rule.LocationIds.Except(shown.LocationIds)).ToList();
            if (shown is null)
            {
                yield return $"juridische regel {rule.Id} is missing";
            }
            else if (lacks.Count > 0)
            {
                yield return $"juridische regel {rule.Id} shows without {string.Join(", ", lacks)}";
            }
        }

        foreach (var ended in change.EndedRuleIds.Where(id => annotations.Any(a => a.Id == id)))
        {
            yield return $"juridische regel {ended}, which the change ends, still shows";
        }
    }

    private static IEnumerable<string> TextProblems(ChangeContent change, IReadOnlyList<OzonArticle> articles)
    {
        foreach (var article in change.NewArticles)
        {
            var shown = articles.FirstOrDefault(a => a.WId == article.WId);
            if (shown is null)
            {
                yield return $"{article.Label} (wId {article.WId}) is missing from the text";
            }
            else if (shown.Tekst != article.Tekst)
            {
                yield return $"{article.Label} shows '{shown.Tekst}' instead of the new text '{article.Tekst}'";
            }
        }

        foreach (var withdrawal in change.Withdrawals.Where(w => articles.Any(a => w.Covers(a.WId))))
        {
            yield return $"{withdrawal.Label}, which the change withdraws, still shows in the text";
        }
    }
}
