namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>
/// Joins the summaries of a sweep's shards into one, as if the sweep had run unsplit. Refuses, and
/// says why, when they do not fit: another set of steps, a profile in two shards, a shard missing
/// or given twice, or fewer profiles than the sweep had. Summaries of unsplit sweeps (no shards)
/// may be joined too: then only the steps and the profile names must agree.
/// </summary>
public static class SweepSummaryMerger
{
    public static SummaryMerge Merge(IReadOnlyList<(string Source, SweepSummary Summary)> inputs)
    {
        if (inputs.Count == 0)
        {
            return new SummaryMerge(null, ["no summaries to merge."]);
        }

        var problems = new List<string>();
        var steps = inputs[0].Summary.SelectedSteps;
        problems.AddRange(inputs.Where(i => !i.Summary.SelectedSteps.SequenceEqual(steps))
            .Select(i => $"{i.Source}: ran steps {string.Join(",", i.Summary.SelectedSteps)}, {inputs[0].Source} ran {string.Join(",", steps)}."));
        problems.AddRange(inputs.SelectMany(i => i.Summary.Profiles.Select(p => (i.Source, p.Profile)))
            .GroupBy(x => x.Profile, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"profile {g.Key} is in more than one summary: {string.Join(", ", g.Select(x => x.Source))}."));
        var shards = inputs.SelectMany(i => i.Summary.Shards).ToList();
        problems.AddRange(ShardProblems(inputs, shards));

        var profiles = inputs.SelectMany(i => i.Summary.Profiles).ToList();
        var sweepSize = shards.Count > 0 ? inputs[0].Summary.SweepSize : profiles.Count;
        if (shards.Count > 0 && problems.Count == 0 && profiles.Count != sweepSize)
        {
            problems.Add($"the shards hold {profiles.Count} profiles, but the sweep had {sweepSize}.");
        }

        if (problems.Count > 0)
        {
            return new SummaryMerge(null, problems);
        }

        var startedAt = inputs.Min(i => i.Summary.StartedAt);
        var endedAt = inputs.Max(i => i.Summary.StartedAt.AddMilliseconds(i.Summary.DurationMs));
        var summary = SweepSummary.Of(profiles, startedAt, endedAt - startedAt, steps, sweepSize,
            [.. shards.OrderBy(s => s.Index)], parallelism: null);
        return new SummaryMerge(summary, []);
    }

    private static IEnumerable<string> ShardProblems(IReadOnlyList<(string Source, SweepSummary Summary)> inputs, List<SummaryShard> shards)
    {
        if (shards.Count == 0)
        {
            yield break;
        }

        foreach (var unsplit in inputs.Where(i => i.Summary.Shards.Count == 0))
        {
            yield return $"{unsplit.Source}: is not a shard, the others are; merge the shards of one sweep.";
        }

        var count = shards[0].Count;
        if (shards.Any(s => s.Count != count) || inputs.Any(i => i.Summary.SweepSize != inputs[0].Summary.SweepSize))
        {
            yield return $"the summaries come from different sweeps: shards {string.Join(", ", shards)}.";
            yield break;
        }

        foreach (var twice in shards.GroupBy(s => s.Index).Where(g => g.Count() > 1))
        {
            yield return $"shard {twice.Key}/{count} is given more than once.";
        }

        foreach (var missing in Enumerable.Range(1, count).Except(shards.Select(s => s.Index)))
        {
            yield return $"shard {missing}/{count} is missing.";
        }
    }
}
