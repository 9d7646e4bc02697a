using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Reporting;

public sealed class ReportSetTests : WithTempFolder
{
    private const string Secret = "k3y-Testdorp-0123456789";

    [Test]
    public async Task WriteAll_AnyRun_WritesTheFiveReports()
    {
        var files = ReportSet.WriteAll(RunReport.From(await SampleRuns.Failing4bAsync()), Folder.FullName, ReportLanguage.Dutch, SecretRedactor.None);

        Assert.That(files.All.Select(Path.GetFileName), Is.EqualTo(new[] { "report.json", "junit.xml", "report.html", "findings.md", "findings.csv" }));
        Assert.That(files.All.All(f => new FileInfo(f).Length > 100), Is.True);
    }

    [Test]
    public async Task WriteAll_SecretInACauseAndInEvidence_NeverReachesAFile()
    {
        // Given a secret that reached a cause and a summary by another road than the evidence log
        var result = await SampleRuns.FailingAsync("4b", $"Ozon refused key {Secret}", "F11");
        var steps = result.Steps.Select(s => s.Step.Id == (StepId)"4b"
            ? s with { Outcome = s.Outcome with { Evidence = [new EvidenceItem($"GET ?key={Secret}") { ResponseBody = Secret }] } }
            : s);
        var report = RunReport.From(result with { Steps = [.. steps] });

        // When
        var files = ReportSet.WriteAll(report, Folder.FullName, ReportLanguage.English, new SecretRedactor([Secret]));

        // Then
        foreach (var file in files.All)
        {
            Assert.That(File.ReadAllText(file), Does.Not.Contain(Secret), Path.GetFileName(file));
        }

        Assert.That(File.ReadAllText(files.Html), Does.Contain("Ozon refused key ***"));
    }

    [Test]
    public async Task WriteAll_Csv_HasAByteOrderMarkSoSpreadsheetsReadTheAccents()
    {
        var files = ReportSet.WriteAll(RunReport.From(await SampleRuns.Failing4bAsync()), Folder.FullName, ReportLanguage.Dutch, SecretRedactor.None);

        Assert.That(File.ReadAllBytes(files.FindingsCsv).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(File.ReadAllBytes(files.Html).Take(3), Is.EqualTo("<!D"u8.ToArray()));
    }
}
