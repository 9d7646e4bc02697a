using System.Text.Json.Nodes;
using ChainHarness.Engine.Sweeps.Summary;
using ChainHarness.Testing;
using Json.Schema;

namespace ChainHarness.Engine.Tests.Sweeps.Summary;

public sealed class SweepSummaryFileTests : WithTempFolder
{
    private static readonly Lazy<(JsonSchema Summary, JsonSchema Report)> Schemas = new(() => (
        JsonSchema.FromFile(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "summary.schema.json")),
        JsonSchema.FromFile(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "report.schema.json"))));

    [Test]
    public void Render_ShardWithAFailingProfile_ValidatesAgainstTheDocumentedSchema()
    {
        var shard = SweepSummaries.Shards(10, 2, 1)[0].Summary;

        Assert.That(Errors(SweepSummaryFile.Render(shard)), Is.Empty);
    }

    [Test]
    public void Render_MergedShards_ValidatesAgainstTheDocumentedSchema()
    {
        var merged = SweepSummaryMerger.Merge(SweepSummaries.Shards(10, 2, 1, 2)).Summary!;

        Assert.That(Errors(SweepSummaryFile.Render(merged)), Is.Empty);
    }

    [Test]
    public void Render_SchemaRejectsAProfileWithoutSteps_SoTheSchemaTestCanFail()
    {
        var json = JsonNode.Parse(SweepSummaryFile.Render(SweepSummaries.Of(["gm9001"], 1)))!;
        json["profiles"]![0]!.AsObject().Remove("steps");

        Assert.That(Errors(json.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void Read_WhatWriteWrote_GivesTheSameProfilesBack()
    {
        var summary = SweepSummaries.Of(SweepSummaries.Names(4), 4);
        SweepSummaryFile.Write(summary, Folder.FullName);

        var read = SweepSummaryFile.Read(Folder.FullName)!;

        Assert.That(SweepSummaryFile.Render(read), Is.EqualTo(SweepSummaryFile.Render(summary)));
    }

    [Test]
    public void Read_NoSummaryOrAnotherSchema_GivesNull()
    {
        Assert.That(SweepSummaryFile.Read(Folder.FullName), Is.Null);
        File.WriteAllText(PathIn(SweepSummaryFile.FileName), """{"schemaVersion":99}""");
        Assert.That(SweepSummaryFile.Read(Folder.FullName), Is.Null);
    }

    private static List<string> Errors(string json)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        options.SchemaRegistry.Register(Schemas.Value.Report);
        var evaluation = Schemas.Value.Summary.Evaluate(JsonNode.Parse(json), options);
        return evaluation.IsValid ? [] : [.. evaluation.Details.Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).DefaultIfEmpty("invalid")];
    }
}
