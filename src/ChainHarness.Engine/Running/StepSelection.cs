using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Running;

/// <summary>
/// Which steps a run performs: <c>all</c>, a range <c>1-4b</c>, a list <c>3,4b</c>, or both
/// (<c>1-3,8a</c>). Ranges follow chain order.
/// </summary>
public sealed class StepSelection
{
    private readonly HashSet<StepId> _ids;

    private StepSelection(IEnumerable<StepId> ids) => _ids = [.. ids];

    public static StepSelection All => new(KnownSteps.All.Select(s => s.Id));

    public IReadOnlyCollection<StepId> Ids => _ids;

    public bool Contains(StepId id) => _ids.Contains(id);

    /// <summary>Parses a selection; the error names the part that is wrong and lists the step ids.</summary>
    public static bool TryParse(string? text, out StepSelection selection, out string? error)
    {
        selection = All;
        error = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var order = KnownSteps.All.Select(s => s.Id).ToList();
        var ids = new List<StepId>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length > 2 || !bounds.All(b => StepId.TryParse(b, out var id) && order.Contains(id)))
            {
                error = $"'{part}' is not a step or a range of steps. Steps are: {string.Join(", ", order)}.";
                return false;
            }

            var from = order.IndexOf(StepId.Parse(bounds[0]));
            var to = order.IndexOf(StepId.Parse(bounds[^1]));
            if (from > to)
            {
                error = $"'{part}': the range runs backwards.";
                return false;
            }

            ids.AddRange(order.Skip(from).Take(to - from + 1));
        }

        if (ids.Count == 0)
        {
            error = $"'{text}' selects no step. Give 'all', a range such as 1-4b, or a list such as 3,4b. Steps are: {string.Join(", ", order)}.";
            return false;
        }

        selection = new StepSelection(ids);
        return true;
    }
}
