using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Sweeps;

namespace ChainHarness.Engine.Tests.Sweeps;

public sealed class ShardSpecTests
{
    private static readonly string[] Names = [.. Enumerable.Range(1, 10).Select(i => $"gm{9000 + i}")];

    [TestCase("2/4", 2, 4)]
    [TestCase(" 1 / 1 ", 1, 1)]
    [TestCase(null, 1, 1)]
    public void TryParse_Valid_GivesIndexAndCount(string? text, int index, int count)
    {
        Assert.That(ShardSpec.TryParse(text, out var shard, out _), Is.True);
        Assert.That(shard, Is.EqualTo(new ShardSpec(index, count)));
    }

    [TestCase("0/4")]
    [TestCase("5/4")]
    [TestCase("2")]
    [TestCase("a/b")]
    [TestCase("-1/4")]
    [TestCase("1/0")]
    public void TryParse_Invalid_SaysWhatIsWrong(string text)
    {
        Assert.That(ShardSpec.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(text.Trim()));
    }

    [Test]
    public void Select_AllShards_CoverEveryNameExactlyOnce()
    {
        var shards = Enumerable.Range(1, 4).Select(i => new ShardSpec(i, 4).Select(Names)).ToList();

        Assert.That(shards.SelectMany(s => s), Is.EquivalentTo(Names));
        Assert.That(shards.Select(s => s.Count), Is.EqualTo(new[] { 3, 3, 2, 2 }));
    }

    [Test]
    public void Select_RoundRobinOverSortedNames_WhateverTheInputOrder()
    {
        var shuffled = Names.Reverse().ToArray();

        var second = new ShardSpec(2, 4).Select(shuffled);

        Assert.That(second, Is.EqualTo(new[] { "gm9002", "gm9006", "gm9010" }));
    }

    [Test]
    public void Select_MoreShardsThanNames_LeavesLaterShardsEmpty()
    {
        Assert.That(new ShardSpec(3, 3).Select(["gm9001", "gm9002"]), Is.Empty);
    }

    [Test]
    public void Sorted_IgnoresCaseThenOrdinal_SoEveryMachineAgrees()
    {
        Assert.That(ShardSpec.Sorted(["b", "A", "a", "B1"]), Is.EqualTo(new[] { "A", "a", "b", "B1" }));
    }
}
