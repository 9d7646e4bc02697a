using ChainHarness.Engine.Chain;
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
            return StepOutcome.Failed(Texts.OzonTexts.AskedFor(false, plan.RegelingWorkId!, ResponseText.Describe(refused)), ResponseText.Finding(refused)) with { Owner = ResponseText.Owner(refused) };
        }

        IReadOnlyList<OzonArticle> articles = [];
        if (change.NewArticles.Count > 0 || change.Withdrawals.Count > 0)
        {
            (articles, refused) = await OzonPages.ReadAllAsync(context, $"regelingen/{regeling}/documentstructuur", OzonArticle.ParseAll, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return StepOutcome.Failed(Texts.OzonTexts.AskedFor(true, plan.RegelingWorkId!, ResponseText.Describe(refused)), ResponseText.Finding(refused)) with { Owner = ResponseText.Owner(refused) };
            }
        }

        var problems = Problems(change, annotations, articles);
        if (problems.Count > 0)
        {
            return StepOutcome.Failed(Texts.OzonTexts.NotAsDelivered(plan.RegelingExpressionId ?? plan.RegelingWorkId!, Bilingual.Join("; ", problems)));
        }

        return StepOutcome.Passed(atLocation.Summary + Texts.PassedTexts.WholeChange(
            change.Rules.Count, string.Join(", ", change.NewArticles.Select(a => a.Label)), string.Join(", ", change.WithdrawalNames), annotations.Count, articles.Count));
    }

    /// <summary>Where Ozon's rules and text of the regeling differ from what the change delivered, in plain words.</summary>
    public static IReadOnlyList<Bilingual> Problems(ChangeContent change, IReadOnlyList<OzonAnnotation> annotations, IReadOnlyList<OzonArticle> articles) =>
        [.. RuleProblems(change, annotations), .. TextProblems(change, articles)];

    private static IEnumerable<Bilingual> RuleProblems(ChangeContent change, IReadOnlyList<OzonAnnotation> annotations)
    {
        foreach (var rule in change.Rules)
        {
            var shown = annotations.FirstOrDefault(a => a.Id == rule.Id);
            var lacks = shown is null ? [] : rule.ActivityIds.Except(shown.ActivityIds).Concat(rule.LocationIds.Except(shown.LocationIds)).ToList();
            if (shown is null)
            {
                yield return Texts.OzonTexts.RuleMissing(rule.Id);
            }
            else if (lacks.Count > 0)
            {
                yield return Texts.OzonTexts.RuleWithout(rule.Id, string.Join(", ", lacks));
            }
        }

        foreach (var ended in change.EndedRuleIds.Where(id => annotations.Any(a => a.Id == id)))
        {
            yield return Texts.OzonTexts.EndedStillShows(ended);
        }
    }

    private static IEnumerable<Bilingual> TextProblems(ChangeContent change, IReadOnlyList<OzonArticle> articles)
    {
        foreach (var article in change.NewArticles)
        {
            var shown = articles.FirstOrDefault(a => a.WId == article.WId);
            if (shown is null)
            {
                yield return Texts.OzonTexts.ArticleMissing(article.Label, article.WId);
            }
            else if (shown.Tekst != article.Tekst)
            {
                yield return Texts.OzonTexts.ArticleOldText(article.Label, shown.Tekst, article.Tekst);
            }
        }

        foreach (var withdrawal in change.Withdrawals.Where(w => articles.Any(a => w.Covers(a.WId))))
        {
            yield return Texts.OzonTexts.WithdrawnStillShows(withdrawal.Label);
        }
    }
}
