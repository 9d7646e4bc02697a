using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Sweeps.Summary;

namespace ChainHarness.Cli.Console;

/// <summary>The fixed words of a sweep on the console, in Dutch (default) or English.</summary>
internal sealed class SweepText(ReportLanguage language)
{
    public string FirstFailingStep => Pick("Eerste stap die faalt", "First failing step");
    public string VerdictLabel => Pick("Oordeel", "Verdict");
    public string SummaryIn => Pick("Samenvatting in", "Summary in");

    public string Verdict(SweepVerdict verdict) => verdict switch
    {
        SweepVerdict.Passed => Pick("geslaagd", "passed"),
        SweepVerdict.Failed => Pick("niet geslaagd", "not passed"),
        _ => Pick("afgebroken", "cancelled"),
    };

    public string Heading(int count, int sweepSize, string shard, int parallelism) => Pick(
        $"ChainHarness: sweep van {count} profiel(en){Shard(shard, sweepSize, "van de")}, {parallelism} tegelijk",
        $"ChainHarness: sweep of {count} profile(s){Shard(shard, sweepSize, "of the")}, {parallelism} at once");

    public string Totals(SweepSummary s) => Pick(
        $"{s.Profiles.Count} profiel(en): {s.Passed} geslaagd, {s.Failed} niet geslaagd{(s.Cancelled > 0 ? $", {s.Cancelled} afgebroken" : "")}.",
        $"{s.Profiles.Count} profile(s): {s.Passed} passed, {s.Failed} not passed{(s.Cancelled > 0 ? $", {s.Cancelled} cancelled" : "")}.");

    public static SweepText For(ReportLanguage language) => new(language);

    private static string Shard(string shard, int sweepSize, string of) => shard.Length == 0 ? "" : $" (shard {shard} {of} {sweepSize})";

    private string Pick(string dutch, string english) => language == ReportLanguage.English ? english : dutch;
}
