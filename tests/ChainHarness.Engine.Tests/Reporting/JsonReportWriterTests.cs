using System.Text.Json.Nodes;
using ChainHarness.Engine.Reporting.Json;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;
using ChainHarness.Engine.Running;
using Json.Schema;

namespace ChainHarness.Engine.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "report.schema.json")));

    [Test]
    public async Task Render_FailingRunWithHistory_ValidatesAgainstTheDocumentedSchema()
    {
        var result = await SampleRuns.Failing4bAsync();
        var history = new HistoryComparison(result.StartedAt.AddDays(-1), [new StepChange("4b", StepStatus.Passed, StepStatus.Failed)]);

        var json = JsonReportWriter.Render(RunReport.From(result, history));

        AssertValid(json);
    }

    [Test]
    public async Task Render_PassingRun_ValidatesAgainstTheDocumentedSchema()
    {
        AssertValid(JsonReportWriter.Render(RunReport.From(await SampleRuns.AllPassingAsync())));
    }

    [Test]
    public async Task Render_RunThatSaysWhichValidationsRan_ValidatesAgainstTheDocumentedSchema()
    {
        var result = await SampleRuns.AllPassingAsync();
        var validation = new ValidationStatement(true, "officiële XSD + Schematron: ja", "official XSD + Schematron: yes");

        AssertValid(JsonReportWriter.Render(RunReport.From(result with { Provenance = RunProvenance.Of(new Engine.Configuration.ProfileOptions(), validation) })));
    }

    [Test]
    public async Task Render_FailingStep_CarriesCauseFindingOwnerAndVerdict()
    {
        var json = JsonNode.Parse(JsonReportWriter.Render(RunReport.From(await SampleRuns.Failing4bAsync())))!;

        var step = json["steps"]!.AsArray().First(s => (string?)s!["id"] == "4b")!;
        Assert.That((string?)json["firstBreak"], Is.EqualTo("4b"));
        Assert.That((string?)json["verdict"]!["nl"], Does.StartWith("De keten is niet gesloten: stap 4b"));
        Assert.That((string?)step["status"], Is.EqualTo("Failed"));
        Assert.That((string?)step["cause"], Is.EqualTo(SampleRuns.OzonCause));
        Assert.That((string?)step["finding"]!["code"], Is.EqualTo("F6"));
        Assert.That((string?)step["finding"]!["check"]!["nl"], Does.Contain("werkingsgebied"));
        Assert.That((string?)step["likelyOwner"]!["en"], Is.EqualTo("plan software (supplier)"));
        Assert.That(step["evidence"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public void Render_SchemaRejectsABrokenReport_SoTheSchemaTestCanFail()
    {
        var broken = """{"schemaVersion":1,"tool":"ChainHarness","profile":"x","steps":[]}""";

        Assert.That(Schema.Value.Evaluate(JsonNode.Parse(broken)).IsValid, Is.False);
    }

    [Test]
    public async Task Read_WhatRenderWrote_GivesTheStepsBack()
    {
        var result = await SampleRuns.Failing4bAsync();

        var read = JsonReportWriter.Read(JsonReportWriter.Render(RunReport.From(result)));

        Assert.That(read!.Profile, Is.EqualTo("test"));
        Assert.That(read.StartedAt, Is.EqualTo(result.StartedAt));
        Assert.That(read.Steps.Single(s => s.Id == "4b").Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(read.Steps.Single(s => s.Id == "9b").Status, Is.EqualTo(StepStatus.Passed));
    }

    [Test]
    public void Read_NotAReport_GivesNull()
    {
        Assert.That(JsonReportWriter.Read("{ not json"), Is.Null);
        Assert.That(JsonReportWriter.Read("""{"schemaVersion":99}"""), Is.Null);
    }

    private static void AssertValid(string json)
    {
        var evaluation = Schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = evaluation.Details.Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        Assert.That(evaluation.IsValid, Is.True, string.Join(Environment.NewLine, errors));
    }
}
