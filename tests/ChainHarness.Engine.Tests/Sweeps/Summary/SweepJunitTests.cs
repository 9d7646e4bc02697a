using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Sweeps.Summary;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Sweeps.Summary;

public sealed class SweepJunitTests : WithTempFolder
{
    [Test]
    public void Write_ThreeProfiles_OneSuitePerProfileAndLaneNamedAfterTheProfileNumberedAnew()
    {
        var summary = WriteProfiles("gm9001", "gm9002", "gm9003");

        var xml = XDocument.Load(SweepJunit.Write(summary, Folder.FullName));

        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.That(suites, Has.Count.EqualTo(12));
        Assert.That((string?)suites[4].Attribute("name"), Is.EqualTo("gm9002: Omgevingsplan"));
        Assert.That(suites.Select(s => (int)s.Attribute("id")!), Is.EqualTo(Enumerable.Range(0, 12)));
        Assert.That(xml.Descendants("failure").Single().Parent!.Attribute("classname")!.Value, Is.EqualTo("ChainHarness.gm9003.Omgevingsplan"));
    }

    [TestCase("ant-junit/JUnit.xsd")]
    [TestCase("jenkins-xunit/junit-10.xsd")]
    public void Write_Combined_ValidatesAgainstTheJunitSchema(string schema)
    {
        var xsd = Path.Combine(SharedReference.RequireFolder("junit-xsd"), schema);
        var summary = WriteProfiles("gm9001", "gm9003");

        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(null, xsd);
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using (var reader = XmlReader.Create(SweepJunit.Write(summary, Folder.FullName), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.That(errors, Is.Empty);
    }

    /// <summary>Each profile's own reports in its folder, as a sweep leaves them; gm9003 fails at step 2.</summary>
    private SweepSummary WriteProfiles(params string[] names)
    {
        var results = names.Select(n => SweepResults.For(n, n == "gm9003" ? "2" : null)).ToList();
        foreach (var result in results)
        {
            RunReporting.Write(result, PathIn(result.Profile), ReportLanguage.Dutch, SecretRedactor.None);
        }

        return SweepSummary.Of(results.Select(r => SummaryProfile.From(r, SecretRedactor.None)), DateTimeOffset.UnixEpoch, TimeSpan.Zero, ["1"], names.Length, [], 1);
    }
}
