using ChainHarness.Cli.Console;
using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Sweeps;
using ChainHarness.Simulators;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>run --profiles …</c>: a sweep. Every profile of the sweep is checked first (a broken one
/// anywhere stops every shard with exit code 2, all broken profiles named); then this shard's
/// profiles run, <c>--parallel</c> at once (without it: more as the runs are found waiting), each against simulators and a world of its own
/// (on servers borrowed from one <see cref="SimulatorHostPool"/>). Each
/// profile's reports go to <c>&lt;report-dir&gt;/&lt;profile&gt;/</c>, with <c>summary.json</c> and one
/// <c>junit.xml</c> beside them. Exit code 0 when every profile passed its selected steps, else 1.
/// </summary>
internal sealed class SweepRun(IAnsiConsole console)
{
    public async Task<int> ExecuteAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        using var hosts = new SimulatorHostPool(); // each run borrows started servers (a path of its own) instead of starting a dozen
        hosts.StartEarly(); // while the profiles are read and checked
        var source = ProfileSource.From(settings.Profiles!);
        var configuration = HarnessConfigurationBuilder.Build(settings.ConfigFile, settings.Sets, source.Keys);
        var profiles = Resolve(configuration, source);
        foreach (var (_, profile) in profiles)
        {
            profile.Faults.AddRange(settings.Faults); // --fault applies to every profile of the sweep
            profile.FromActivity = settings.FromActivity ?? profile.FromActivity;
            profile.Iteration = settings.Iteration ?? profile.Iteration;
        }

        // Checked for the whole sweep (not only this shard) before anything runs, as every run would otherwise fail alike.
        var paths = profiles.Select(p => (Path: $"{HarnessOptions.SectionName}:Profiles:{p.Name}", p.Profile)).ToList();
        if (settings.FromActivity is not null && paths.SelectMany(p => p.Profile.Validate(p.Path)).ToList() is { Count: > 0 } errors)
        {
            throw ConfigurationErrorException.WithErrors(errors);
        }

        FaultChecks.Ensure(paths);

        var mine = settings.ShardSpec.Select(profiles.Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
        var request = new SweepRequest
        {
            Items = [.. profiles.Where(p => mine.Contains(p.Name)).Select(p => new SweepItem(p.Name, p.Profile))],
            SweepSize = profiles.Count,
            Shard = settings.ShardSpec,
            Selection = settings.Selection,
            Parallelism = settings.Parallel ?? SweepRequest.DefaultParallelism,
            WidestParallelism = settings.Parallel is null ? SweepRequest.DefaultWidestParallelism : null, // --parallel is the user's fixed choice
            ReportDir = settings.ReportDir,
            Language = settings.Language,
            HistoryDir = settings.History,
            RunChain = (item, token) => LocalChain.RunAsync(
                item.Profile, settings.Selection, item.Name, arrange: simulation => simulation.Services.Add(Operator(item.Name)), hosts: hosts, cancellationToken: token),
            Secrets = LocalChain.Secrets,
        };

        var words = SweepText.For(settings.Language);
        var table = new SweepTable(console, ReportText.For(settings.Language), words);
        console.MarkupLine(Markup.Escape(words.Heading(request.Items.Count, request.SweepSize, settings.ShardSpec.IsWhole ? "" : settings.ShardSpec.ToString(), request.Parallelism)));
        var summary = await SweepRunner.RunAsync(request, row => table.Finished(row, request.Items.Count), cancellationToken);
        table.Write(summary, settings.ReportDir);
        return summary.ExitCode;
    }

    /// <summary>A sweep never asks: an observe driver's instructions are printed with the profile's name and become waits.</summary>
    private IOperator Operator(string profile) =>
        new NonInteractiveOperator(line => console.MarkupLine($"[bold yellow]>> {Markup.Escape(profile)}: {Markup.Escape(line)}[/]"));

    /// <summary>Every profile of the sweep, or one error naming every broken profile and key.</summary>
    private static IReadOnlyList<(string Name, ProfileOptions Profile)> Resolve(IConfiguration configuration, ProfileSource source)
    {
        var errors = source.Errors.ToList();
        IReadOnlyList<(string Name, ProfileOptions Profile)> profiles = [];
        try
        {
            profiles = ProfileSet.Resolve(configuration, source.Names, source.Label);
        }
        catch (ConfigurationErrorException ex)
        {
            errors.AddRange(ex.Errors);
        }

        return errors.Count > 0 ? throw ConfigurationErrorException.WithErrors(errors) : profiles;
    }
}
