using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Stop;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Steps.Step01WijzigenOmgevingsplan;

/// <summary>One sentence on what a change carries: how many rules, activities and locations, and what it replaces and withdraws.</summary>
public static class ChangeText
{
    public static Bilingual Describe(ChangeContent change)
    {
        var text = ChangeTexts.Carries(change.Rules.Count, change.ActivityIds.Count, change.LocationIds.Count);
        if (change.ReplacedArticles.Count > 0)
        {
            text += ChangeTexts.Replaces(string.Join(", ", change.ReplacedArticles.Select(a => a.Label)));
        }

        if (change.Withdrawals.Count > 0)
        {
            text += ChangeTexts.Withdraws(string.Join(", ", change.Withdrawals.Select(w => w.Label)), change.Ended.Count);
        }

        return text + Bilingual.Same(".");
    }
}
