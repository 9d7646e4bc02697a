using ChainHarness.Engine.Sweeps.Summary;

namespace ChainHarness.Engine.Tests.Sweeps.Summary;

public sealed class SweepSummaryMergerTests
{
    [Test]
    public void Merge_EveryShard_GivesTheProfilesVerdictsAndStepsOfTheUnsplitSweep()
    {
        var whole = SweepSummaries.Of(SweepSummaries.Names(10), 10);

        var merged = SweepSummaryMerger.Merge(SweepSummaries.Shards(10, 3, 3, 1, 2));

        Assert.That(merged.Problems, Is.Empty);
        Assert.That(Outcomes(merged.Summary!), Is.EqualTo(Outcomes(whole)));
        Assert.That((merged.Summary!.Passed, merged.Summary.Failed, merged.Summary.ExitCode), Is.EqualTo((9, 1, 1)));
        Assert.That(merged.Summary.Shards.Select(s => s.Index), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(merged.Summary.Parallelism, Is.Null);
    }

    [Test]
    public void Merge_Shards_SpansFromTheFirstStartToTheLastEnd()
    {
        var merged = SweepSummaryMerger.Merge(SweepSummaries.Shards(4, 2, 1, 2)).Summary!;

        Assert.That(merged.StartedAt, Is.EqualTo(DateTimeOffset.UnixEpoch.AddMinutes(1)));
        Assert.That(merged.DurationMs, Is.EqualTo(90_000));
    }

    [Test]
    public void Merge_AShardMissing_RefusesNamingIt()
    {
        var merged = SweepSummaryMerger.Merge(SweepSummaries.Shards(10, 4, 1, 2, 4));

        Assert.That(merged.Succeeded, Is.False);
        Assert.That(merged.Problems, Is.EqualTo(new[] { "shard 3/4 is missing." }));
    }

    [Test]
    public void Merge_AShardTwice_RefusesNamingItAndTheProfilesInBoth()
    {
        var merged = SweepSummaryMerger.Merge(SweepSummaries.Shards(4, 2, 1, 2, 2));

        Assert.That(merged.Problems, Has.Some.EqualTo("shard 2/2 is given more than once."));
        Assert.That(merged.Problems, Has.Some.StartsWith("profile gm9002 is in more than one summary"));
    }

    [Test]
    public void Merge_ShardsOfDifferentSweeps_Refuses()
    {
        var inputs = SweepSummaries.Shards(4, 2, 1);
        inputs.AddRange(SweepSummaries.Shards(6, 3, 2));

        Assert.That(SweepSummaryMerger.Merge(inputs).Problems, Has.Some.StartsWith("the summaries come from different sweeps"));
    }

    [Test]
    public void Merge_DifferentSteps_RefusesNamingBoth()
    {
        var inputs = SweepSummaries.Shards(4, 2, 1, 2);
        inputs[1] = (inputs[1].Source, inputs[1].Summary with { SelectedSteps = ["1", "2"] });

        Assert.That(SweepSummaryMerger.Merge(inputs).Problems.Single(), Is.EqualTo("shard-2: ran steps 1,2, shard-1 ran 1,2,3,4a,4b."));
    }

    [Test]
    public void Merge_UnsplitSweepsOfDistinctProfiles_JoinsThem()
    {
        var merged = SweepSummaryMerger.Merge([("a", SweepSummaries.Of(["gm9001", "gm9002"], 2)), ("b", SweepSummaries.Of(["gm9003"], 1))]);

        Assert.That(merged.Summary!.Profiles.Select(p => p.Profile), Is.EqualTo(new[] { "gm9001", "gm9002", "gm9003" }));
        Assert.That(merged.Summary.SweepSize, Is.EqualTo(3));
    }

    [Test]
    public void Merge_Nothing_Refuses()
    {
        Assert.That(SweepSummaryMerger.Merge([]).Succeeded, Is.False);
    }

    private static IEnumerable<string> Outcomes(SweepSummary summary) =>
        summary.Profiles.Select(p => $"{p.Profile} {p.Verdict} {p.FirstFailingStep} {string.Join(",", p.Steps.Select(s => $"{s.Id}={s.Status}"))}");
}
