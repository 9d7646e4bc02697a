using ChainHarness.Engine.Reporting.Json;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.FindingsList;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Engine.Reporting.Junit;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Tests.Reporting;

/// <summary>Every report says what was simulated and which validations the LVBB ran.</summary>
public sealed class ProvenanceReportTests
{
    private static readonly ValidationStatement NoSchematron = new(
        false,
        "officiële XSD: ja (LVBB 1.2.0/STOP 1.3.0, uit ../shared/reference); Schematron: nee, omdat Saxon-HE niet geïnstalleerd is (apt-get install libsaxonhe-java)",
        "official XSD: yes (LVBB 1.2.0/STOP 1.3.0, from ../shared/reference); Schematron: no, because Saxon-HE is not installed");

    private static async Task<RunReport> ReportAsync()
    {
        var result = await SampleRuns.AllPassingAsync();
        return RunReport.From(result with { Provenance = RunProvenance.Of(new ProfileOptions(), NoSchematron) });
    }

    [Test]
    public async Task Html_SaysSimulatedPerStepAndWhichValidationsRan()
    {
        var html = HtmlReportWriter.Render(await ReportAsync(), ReportText.Dutch);

        Assert.That(html, Does.Contain("De keten is gesloten — volledig gesimuleerd."));
        Assert.That(html, Does.Contain("Validatie LVBB:</strong> offici&#235;le XSD: ja"));
        Assert.That(html, Does.Contain("<dt>Echt of gesimuleerd</dt><dd>PlanSoftware: gesimuleerd; Lvbb: gesimuleerd</dd>"));
    }

    [Test]
    public async Task Json_CarriesTheProvenanceAndTheValidation()
    {
        var json = JsonReportWriter.Render(await ReportAsync());
        var read = JsonReportWriter.Read(json)!;

        Assert.That(read.Provenance!.FullySimulated, Is.True);
        Assert.That(read.Provenance.Validation!.Official, Is.False);
        Assert.That(read.Provenance.Validation.Text.English, Does.Contain("Schematron: no, because Saxon-HE is not installed"));
        Assert.That(read.Steps.Single(s => s.Id == "3").Sources!.Select(s => $"{s.Name}={s.Source}"), Is.EqualTo(new[] { "PlanSoftware=Simulated", "Lvbb=Simulated" }));
    }

    [Test]
    public async Task Junit_PropertiesForProvenanceValidationAndEachStepsSources()
    {
        var xml = JunitReportWriter.Render(await ReportAsync(), ReportText.English);

        Assert.That(xml, Does.Contain("<property name=\"provenance\" value=\"fully simulated\" />"));
        Assert.That(xml, Does.Contain("<property name=\"validation\" value=\"official XSD: yes"));
        Assert.That(xml, Does.Contain("<property name=\"sources.step.4b\" value=\"Ozon: simulated\" />"));
    }

    [Test]
    public async Task FindingsAndConsoleText_StateTheValidation()
    {
        var md = FindingsMarkdownWriter.Render(await ReportAsync(), ReportText.Dutch);

        Assert.That(md, Does.Contain("Validatie LVBB: officiële XSD: ja"));
    }
}
