using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.Junit;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Reporting.Junit;

public sealed class JunitReportWriterTests
{
    [TestCase("ant-junit/JUnit.xsd")]
    [TestCase("jenkins-xunit/junit-10.xsd")]
    public async Task Render_FailingRun_ValidatesAgainstTheJunitSchema(string schema)
    {
        var xsd = Path.Combine(SharedReference.RequireFolder("junit-xsd"), schema);
        var xml = JunitReportWriter.Render(RunReport.From(await SampleRuns.Failing4bAsync()), ReportText.Dutch);

        Assert.That(Validate(xml, xsd), Is.Empty);
    }

    [TestCase("ant-junit/JUnit.xsd")]
    [TestCase("jenkins-xunit/junit-10.xsd")]
    public async Task Render_RunWithEveryKindOfOutcome_ValidatesAgainstTheJunitSchema(string schema)
    {
        var xsd = Path.Combine(SharedReference.RequireFolder("junit-xsd"), schema);
        var result = await SampleRuns.FailingAsync("2", "LVBB1501: datumBekendmaking <2020-01-01> lies in the past & is refused", "F7");

        Assert.That(Validate(JunitReportWriter.Render(RunReport.From(result), ReportText.English), xsd), Is.Empty);
    }

    [Test]
    public async Task Render_FailingStep_OneSuitePerLaneOneCasePerStepFailureWithTheCause()
    {
        var xml = XDocument.Parse(JunitReportWriter.Render(RunReport.From(await SampleRuns.Failing4bAsync()), ReportText.Dutch));

        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.That(suites.Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[] { "Omgevingsplan", "Toepasbare regels", "Check en aanvraag", "Samenwerken" }));
        Assert.That(xml.Descendants("testcase").Count(), Is.EqualTo(KnownSteps.All.Count));
        var failure = xml.Descendants("failure").Single();
        Assert.That((string?)failure.Parent!.Attribute("name"), Is.EqualTo("Stap 4b: Bekijken plan in DSO-LV viewer"));
        Assert.That((string?)failure.Attribute("message"), Is.EqualTo(SampleRuns.OzonCause));
        Assert.That((string?)failure.Attribute("type"), Is.EqualTo("F6"));
        Assert.That(failure.Value, Does.Contain("Waarschijnlijke eigenaar: plansoftware").And.Contain("Wat te controleren"));
        Assert.That((string?)suites[0].Attribute("failures"), Is.EqualTo("1"));
    }

    [Test]
    public async Task Render_SkippedAndNotApplicable_AreSkippedWithTheirReason()
    {
        var result = await SampleRuns.FailingAsync("2", "validation refused", "F7", new ProfileOptions());
        var xml = XDocument.Parse(JunitReportWriter.Render(RunReport.From(result), ReportText.English));

        var skipped = xml.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).StartsWith("Step 3:", StringComparison.Ordinal)).Element("skipped");
        Assert.That((string?)skipped!.Attribute("message"), Is.EqualTo("skipped: Not run: step 2, which this step needs, did not pass."));
        Assert.That(xml.Descendants("skipped").Count(), Is.EqualTo(12));
    }

    private static List<string> Validate(string xml, string xsd)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(null, xsd);
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
