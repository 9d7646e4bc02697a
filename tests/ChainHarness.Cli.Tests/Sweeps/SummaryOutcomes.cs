using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChainHarness.Engine.Sweeps.Summary;

namespace ChainHarness.Cli.Tests.Sweeps;

/// <summary>
/// What a sweep's folder says about each profile, without timings: for comparing sweeps. Causes
/// keep their words but lose long numbers (an idLevering carries the time it was made).
/// </summary>
internal static partial class SummaryOutcomes
{
    public static IReadOnlyList<string> Of(string folder)
    {
        var summary = SweepSummaryFile.Read(folder) ?? throw new AssertionException($"no summary.json in {folder}");
        return [.. summary.Profiles.Select(p =>
            $"{p.Profile} {p.Municipality.Code} {p.Verdict} first={p.FirstFailingStep} cause={Timeless(p.Cause)} " +
            string.Join(",", p.Steps.Select(s => $"{s.Id}={s.Status}")))];
    }

    /// <summary>Every testcase of the sweep's junit.xml: suite, name, and failure or skipped message.</summary>
    public static IReadOnlyList<string> JunitCases(string folder) =>
        [.. XDocument.Load(Path.Combine(folder, SweepJunit.FileName)).Descendants("testcase").Select(c =>
            $"{c.Parent!.Attribute("name")!.Value} | {c.Attribute("name")!.Value} | " +
            Timeless($"{c.Element("failure")?.Attribute("message")?.Value}{c.Element("skipped")?.Attribute("message")?.Value}"))];

    private static string Timeless(string? text) => LongNumber().Replace(text ?? "", "#");

    [GeneratedRegex("[0-9]{8,}")]
    private static partial Regex LongNumber();
}
