using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Junit;

/// <summary>
/// <c>junit.xml</c> for CI systems: one <c>testsuite</c> per lane, one <c>testcase</c> per step.
/// A failed step is a <c>failure</c> with its cause; skipped, not applicable, not built and not
/// run steps are <c>skipped</c> with the reason. Written to validate against both the Ant JUnit
/// schema (which allows no attributes on <c>testsuites</c> and wants properties, system-out and
/// system-err in every suite) and the Jenkins xUnit schema.
/// </summary>
public static class JunitReportWriter
{
    public const string FileName = "junit.xml";

    public static string Render(RunReport report, ReportText text)
    {
        var suites = Enum.GetValues<Lane>().Select((lane, i) => Suite(report, text, lane, i));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suites));
        return document.Declaration + Environment.NewLine + document.ToString();
    }

    private static XElement Suite(RunReport report, ReportText text, Lane lane, int index)
    {
        var r = report.Result;
        var steps = report.Steps.Where(s => s.Step.Lane == lane).ToList();
        var package = $"ChainHarness.{r.MunicipalityCode}";
        return new XElement(
            "testsuite",
            new XAttribute("name", text.LaneName(lane)),
            new XAttribute("tests", steps.Count),
            new XAttribute("failures", steps.Count(s => s.Status == StepStatus.Failed)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", steps.Count(s => s.Status is not (StepStatus.Passed or StepStatus.Failed))),
            new XAttribute("time", Seconds(steps.Aggregate(TimeSpan.Zero, (t, s) => t + s.Outcome.Duration))),
            new XAttribute("timestamp", r.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            new XAttribute("hostname", "localhost"),
            new XAttribute("package", package),
            new XAttribute("id", index),
            new XElement(
                "properties",
                Property("profile", r.Profile),
                Property("municipality", $"{r.MunicipalityCode} {r.MunicipalityName}"),
                Property("verdict", text.Verdict(r)),
                r.Provenance is { } provenance ? Property("provenance", text.Language == Chain.ReportLanguage.Dutch ? provenance.SummaryDutch : provenance.SummaryEnglish) : null,
                text.Validation(r) is { } validation ? Property("validation", validation) : null,
                steps.Select(s => text.Sources(r, s.Step.Id) is { } sources ? Property($"sources.step.{s.Step.Id}", sources) : null)),
            steps.Select(s => Case(s, text, $"{package}.{lane}")),
            new XElement("system-out", text.Verdict(r)),
            new XElement("system-err", string.Empty));
    }

    private static XElement Case(StepReport step, ReportText text, string classname)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("name", $"{text.StepWord} {step.Step.Id}: {text.Name(step.Step)}"),
            new XAttribute("classname", classname),
            new XAttribute("time", Seconds(step.Outcome.Duration)));
        if (step.Status == StepStatus.Failed)
        {
            element.Add(new XElement(
                "failure",
                new XAttribute("message", Clean(step.Outcome.Cause ?? step.Outcome.Summary)),
                new XAttribute("type", step.FindingCode ?? "StepFailed"),
                Clean(FailureDetail(step, text))));
        }
        else if (step.Status != StepStatus.Passed)
        {
            element.Add(new XElement("skipped", new XAttribute("message", Clean($"{text.Status(step.Status)}: {step.Outcome.Cause ?? step.Outcome.Summary}"))));
        }

        return element;
    }

    private static string FailureDetail(StepReport step, ReportText text)
    {
        var lines = new List<string>
        {
            $"{text.Expected}: {text.Text(step.Expected)}",
            $"{text.Observed}: {step.Outcome.Cause ?? step.Outcome.Summary}",
            $"{text.Owner}: {text.Text(step.Owner)}",
        };
        if (step.Finding is { } f)
        {
            lines.Add($"{text.Finding}: {f.Code} {text.Text(f.Text)}");
            lines.Add($"{text.WhatToCheck}: {text.Text(f.Check)}");
        }

        lines.AddRange(step.Outcome.Evidence.Select(e => $"{text.Evidence}: {e.Title}{(e.StatusCode is { } c ? $" → {c}" : "")}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", Clean(value)));

    /// <summary>Drops characters XML 1.0 cannot carry (control characters from a response body).</summary>
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
