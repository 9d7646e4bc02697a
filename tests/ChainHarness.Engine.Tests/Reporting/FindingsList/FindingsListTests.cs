using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.FindingsList;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Tests.Running;

namespace ChainHarness.Engine.Tests.Reporting.FindingsList;

public sealed class FindingsListTests
{
    [Test]
    public async Task Rows_FailingStep_OneOpenRowWithExpectedObservedOwnerAndFinding()
    {
        var rows = FindingsListBuilder.Rows(RunReport.From(await SampleRuns.Failing4bAsync()), ReportText.Dutch);

        var row = rows.Single();
        Assert.That(row.Step, Is.EqualTo("4b"));
        Assert.That(row.Expected, Does.StartWith("Op de testlocatie toont Ozon"));
        Assert.That(row.Observed, Is.EqualTo(SampleRuns.OzonCause));
        Assert.That(row.LikelyOwner, Is.EqualTo("plansoftware (leverancier)"));
        Assert.That(row.Status, Is.EqualTo("open"));
        Assert.That(row.Finding, Does.StartWith("F6: Zwakke annotatie"));
        Assert.That(row.WhatToCheck, Does.Contain("OW-bestanden"));
    }

    [Test]
    public async Task Rows_SkippedDependants_AreNotFindingsOfTheirOwn()
    {
        var rows = FindingsListBuilder.Rows(RunReport.From(await SampleRuns.FailingAsync("2", "refused", "F7")), ReportText.Dutch);

        Assert.That(rows.Select(r => r.Step), Is.EqualTo(new[] { "2" }));
    }

    [Test]
    public async Task Rows_StepPassesAgainSinceThePreviousRun_IsResolved()
    {
        var result = await SampleRuns.AllPassingAsync();
        var history = new HistoryComparison(result.StartedAt.AddHours(-1), [new StepChange("7", StepStatus.Failed, StepStatus.Passed)]);

        var rows = FindingsListBuilder.Rows(RunReport.From(result, history), ReportText.English);

        Assert.That(rows.Single().Step, Is.EqualTo("7"));
        Assert.That(rows.Single().Status, Is.EqualTo("resolved"));
    }

    [Test]
    public async Task Rows_StepNotBuilt_IsNotTested()
    {
        var result = await RunnerHarness.RunAsync(FakeStep.AllPassing().Where(s => s.Definition.Id != (StepId)"11"));

        var rows = FindingsListBuilder.Rows(RunReport.From(result), ReportText.Dutch);

        Assert.That(rows.Single().Status, Does.StartWith("niet getest"));
    }

    [Test]
    public async Task Markdown_FailingStep_TableWithTheWerkplaatsColumnsAndPipesEscaped()
    {
        var result = await SampleRuns.FailingAsync("2", "LVBB1501 | datumBekendmaking in the past", "F7");

        var md = FindingsMarkdownWriter.Render(RunReport.From(result), ReportText.Dutch);

        Assert.That(md, Does.Contain("| Stap | Verwacht | Waargenomen | Waarschijnlijke eigenaar | Status | Bevinding uit de werkplaats | Wat te controleren |"));
        Assert.That(md, Does.Contain("| 2 Valideren plan | Het validatierapport").And.Contain("LVBB1501 \\| datumBekendmaking"));
        Assert.That(md, Does.Contain("**De keten is niet gesloten: stap 2 (Valideren plan) faalt.**"));
    }

    [Test]
    public async Task Markdown_WithHistory_ListsWhatChanged()
    {
        var result = await SampleRuns.Failing4bAsync();
        var history = new HistoryComparison(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), [new StepChange("4b", StepStatus.Passed, StepStatus.Failed)]);

        var md = FindingsMarkdownWriter.Render(RunReport.From(result, history), ReportText.Dutch);

        Assert.That(md, Does.Contain("- 4b: geslaagd → gefaald sinds 2026-05-01 10:00 UTC"));
    }

    [Test]
    public async Task Markdown_AllPassing_SaysThereAreNoFindings()
    {
        var md = FindingsMarkdownWriter.Render(RunReport.From(await SampleRuns.AllPassingAsync()), ReportText.Dutch);

        Assert.That(md, Does.Contain("Geen bevindingen"));
    }

    [Test]
    public async Task Csv_CauseWithSeparatorAndQuotes_IsQuotedAsRfc4180()
    {
        var result = await SampleRuns.FailingAsync("2", "LVBB said \"no\"; twice", "F7");

        var lines = FindingsCsvWriter.Render(RunReport.From(result), ReportText.English).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines[0], Is.EqualTo("Step;Expected;Observed;Likely owner;Status;Werkplaats finding;What to check"));
        Assert.That(lines[1], Does.StartWith("2 Validate the plan;The LVBB validation report has no meldingen with ernst 'fout'.;\"LVBB said \"\"no\"\"; twice\";plan software (supplier);open;F7: "));
        Assert.That(lines, Has.Length.EqualTo(2));
    }
}
