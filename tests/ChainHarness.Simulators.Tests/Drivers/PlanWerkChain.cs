using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Simulators.Tests.Drivers;

/// <summary>The plan chain (1–4b) with the <c>supplier-ci</c> profile template pointed at <see cref="PlanWerkApi"/>.</summary>
internal static class PlanWerkChain
{
    public static ProfileOptions Profile(PlanWerkApi planWerk, params (string Key, string Value)[] overrides)
    {
        const string profile = "ChainHarness:Profiles:supplier-ci:";
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "profiles", "supplier-ci.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [profile + "Drivers:PlanSoftware:Http:BaseUrl"] = planWerk.BaseUrl,
            })
            .AddInMemoryCollection(overrides.Select(o => new KeyValuePair<string, string?>(profile + o.Key, o.Value)))
            .Build();
        return HarnessConfiguration.Resolve(configuration).Profile;
    }

    public static Task<ChainResult> RunAsync(ProfileOptions profile, PlanWerkApi planWerk)
    {
        StepSelection.TryParse("1-4b", out var selection, out _);
        return LocalChain.RunAsync(profile, selection, "supplier-ci", arrange: simulation => planWerk.Attach(simulation.Services.Require<IPlanSoftware>()));
    }
}
