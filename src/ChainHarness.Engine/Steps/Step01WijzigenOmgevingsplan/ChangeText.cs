using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Steps.Step01WijzigenOmgevingsplan;

/// <summary>One sentence on what a change carries: how many rules, activities and locations, and what it replaces and withdraws.</summary>
public static class ChangeText
{
    public static string Describe(ChangeContent change)
    {
        var text = $"It carries {change.Rules.Count} juridische regel(s), {change.ActivityIds.Count} activity(ies) and {change.LocationIds.Count} location(s)";
        if (change.ReplacedArticles.Count > 0)
        {
            text += $"; it replaces {string.Join(", ", change.ReplacedArticles.Select(a => a.Label))}";
        }

        if (change.Withdrawals.Count > 0)
        {
            text += $"; it withdraws {string.Join(", ", change.Withdrawals.Select(w => w.Label))}"
                + $" and ends {change.Ended.Count} OW object(s)";
        }

        return text + ".";
    }
}
