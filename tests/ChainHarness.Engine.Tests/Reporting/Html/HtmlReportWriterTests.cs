using System.Text.RegularExpressions;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Reporting.Html;

public sealed partial class HtmlReportWriterTests
{
    [Test]
    public async Task Render_FailingStep_VerdictInDutchWithWhyWhomAndFinding()
    {
        var html = HtmlReportWriter.Render(RunReport.From(await SampleRuns.Failing4bAsync()), ReportText.Dutch);

        Assert.That(html, Does.Contain("<html lang=\"nl\">"));
        Assert.That(html, Does.Contain("De keten is niet gesloten: stap 4b (Bekijken plan in DSO-LV viewer) faalt."));
        Assert.That(html, Does.Contain("Wie bellen").And.Contain("plansoftware (leverancier)"));
        Assert.That(html, Does.Contain(">F6</span>").And.Contain("Zwakke annotatie"));
        Assert.That(html, Does.Contain("Wat te controleren"));
    }

    [Test]
    public async Task Render_English_UsesEnglishWordsAndTheEnglishVerdict()
    {
        var html = HtmlReportWriter.Render(RunReport.From(await SampleRuns.Failing4bAsync()), ReportText.English);

        Assert.That(html, Does.Contain("<html lang=\"en\">"));
        Assert.That(html, Does.Contain("The chain is not closed: step 4b (View the plan in the DSO-LV viewer) failed."));
        Assert.That(html, Does.Contain("Whom to call").And.Contain("What to check").And.Contain("Weak annotation"));
    }

    [Test]
    public async Task Render_AllPassing_SaysTheChainIsClosed()
    {
        var html = HtmlReportWriter.Render(RunReport.From(await SampleRuns.AllPassingAsync()), ReportText.Dutch);

        Assert.That(html, Does.Contain("class=\"verdict closed\"").And.Contain("De keten is gesloten — volledig gesimuleerd."));
        Assert.That(html, Does.Not.Contain("Wie bellen"));
    }

    [Test]
    public async Task Render_Picture_HasABoxPerStepColouredByOutcomeAndAnArrowPerDependency()
    {
        var html = HtmlReportWriter.Render(RunReport.From(await SampleRuns.FailingAsync("2", "refused", "F7")), ReportText.Dutch);

        Assert.That(BoxPattern().Matches(html).Select(m => m.Groups[1].Value), Is.EquivalentTo(KnownSteps.All.Select(s => s.Id.ToString())));
        Assert.That(html, Does.Contain("id=\"box-2\" class=\"box st-failed\""));
        Assert.That(html, Does.Contain("id=\"box-3\" class=\"box st-skipped\""));
        Assert.That(Regex.Matches(html, "<path class=\"dep").Count, Is.EqualTo(KnownSteps.All.Sum(s => s.DependsOn.Count)));
        Assert.That(html, Does.Contain("✗ gefaald").And.Contain("↷ overgeslagen"), "the outcome is in words and symbols, not colour alone");
    }

    [Test]
    public async Task Render_EvidenceAndCauses_AreHtmlEncoded()
    {
        var result = await SampleRuns.FailingAsync("4b", "Ozon said <b>nothing</b> & \"left\"", "F6");

        var html = HtmlReportWriter.Render(RunReport.From(result), ReportText.Dutch);

        Assert.That(html, Does.Not.Contain("<script>alert").And.Not.Contain("<b>nothing</b>"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert").And.Contain("Ozon said &lt;b&gt;nothing&lt;/b&gt; &amp; &quot;left&quot;"));
    }

    [Test]
    public async Task Render_LongBody_IsFoldedInADetailsElement()
    {
        var html = HtmlReportWriter.Render(RunReport.From(await SampleRuns.Failing4bAsync()), ReportText.Dutch);

        Assert.That(html, Does.Match("<details class=\"long\"><summary class=\"body-label\">Antwoord \\([0-9,]+ tekens\\)</summary><pre>"));
    }

    [Test]
    public async Task Render_SelfContained_NoScriptsNoExternalAssets()
    {
        var html = HtmlReportWriter.Render(RunReport.From(await SampleRuns.Failing4bAsync()), ReportText.Dutch);

        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Not.Contain("<link").And.Not.Contain("<img").And.Not.Contain("@import").And.Not.Contain("url(http"));
        Assert.That(Regex.Matches(html, "(?:src|href)=\"(?!#)").Count, Is.Zero, "every link stays inside the page");
    }

    [Test]
    public async Task Render_WithHistory_ListsWhatChangedSinceTheDate()
    {
        var result = await SampleRuns.Failing4bAsync();
        var previous = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);
        var history = new HistoryComparison(previous, [new StepChange("4b", StepStatus.Passed, StepStatus.Failed)]);

        var html = HtmlReportWriter.Render(RunReport.From(result, history), ReportText.Dutch);

        Assert.That(html, Does.Contain("4b: geslaagd → gefaald sinds 2026-05-01 10:00 UTC"));
    }

    [GeneratedRegex("<g id=\"box-([0-9a-z]+)\"")]
    private static partial Regex BoxPattern();
}
