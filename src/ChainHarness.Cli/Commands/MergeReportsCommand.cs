using ChainHarness.Cli.Console;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Sweeps.Summary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>merge-reports &lt;dir&gt;…</c>: joins the report folders of a sweep's shards into one: each
/// profile's folder copied into <c>--report-dir</c>, one <c>summary.json</c> and one <c>junit.xml</c>,
/// and the sweep's table. Exit code 0 when every profile passed, 1 when one did not, 2 when the
/// folders do not fit together (a shard missing or given twice, a profile twice, another set of steps).
/// </summary>
internal sealed class MergeReportsCommand(IAnsiConsole console) : Command<MergeReportsSettings>
{
    public override int Execute(CommandContext context, MergeReportsSettings settings, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var inputs = new List<(string Source, SweepSummary Summary)>();
        foreach (var folder in settings.Folders)
        {
            if (SweepSummaryFile.Read(folder) is { } summary)
            {
                inputs.Add((folder, summary));
                var escaping = summary.Profiles.Select(p => ContainedPath.Problem(folder, p.Profile, p.Reports)).OfType<string>().ToList();
                problems.AddRange(escaping);
                problems.AddRange(summary.Profiles.Where(_ => escaping.Count == 0).Where(p => !File.Exists(Path.Combine(folder, p.Reports, SweepJunit.FileName)))
                    .Select(p => $"{folder}: the reports of profile {p.Profile} are missing (no {p.Reports}/{SweepJunit.FileName})."));
            }
            else
            {
                problems.Add($"{folder}: holds no {SweepSummaryFile.FileName} of a ChainHarness sweep.");
            }
        }

        var merge = problems.Count == 0 ? SweepSummaryMerger.Merge(inputs) : new SummaryMerge(null, problems);
        if (!merge.Succeeded)
        {
            console.MarkupLine("[red]merge-reports: the report folders do not fit together.[/]");
            merge.Problems.ToList().ForEach(p => console.WriteLine("  - " + p));
            return HarnessApp.ExitUsage;
        }

        CopyProfiles(inputs, settings.ReportDir);
        SweepSummaryFile.Write(merge.Summary!, settings.ReportDir);
        SweepJunit.Write(merge.Summary!, settings.ReportDir);
        var language = settings.Lang == "en" ? ReportLanguage.English : ReportLanguage.Dutch;
        new SweepTable(console, ReportText.For(language), SweepText.For(language)).Write(merge.Summary!, settings.ReportDir);
        return merge.Summary!.ExitCode;
    }

    private static void CopyProfiles(List<(string Source, SweepSummary Summary)> inputs, string target)
    {
        foreach (var (source, summary) in inputs.Where(i => Path.GetFullPath(i.Source).TrimEnd('/') != Path.GetFullPath(target).TrimEnd('/')))
        {
            foreach (var profile in summary.Profiles)
            {
                CopyFolder(ContainedPath.Under(source, profile.Reports)!, ContainedPath.Under(target, profile.Reports)
                    ?? throw new InvalidOperationException($"{profile.Reports} leaves {target}"));
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
