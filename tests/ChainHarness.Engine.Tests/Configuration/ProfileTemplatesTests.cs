using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Running;
using ChainHarness.Testing;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Tests.Configuration;

/// <summary>The documented templates under <c>docs/profiles/</c> resolve as they are and are what they say.</summary>
public sealed class ProfileTemplatesTests
{
    [TestCase("local")]
    [TestCase("supplier-ci")]
    [TestCase("pre")]
    public void Resolve_Template_HasNoErrorsAndIsItsOwnDefaultProfile(string name)
    {
        var (resolved, _) = HarnessConfiguration.Resolve(Template(name));

        Assert.That(resolved, Is.EqualTo(name));
    }

    [Test]
    public void Local_EverythingSimulated()
    {
        var (_, profile) = HarnessConfiguration.Resolve(Template("local"));

        Assert.That(profile.Endpoints.Values.Any(e => e.Mode != EndpointMode.Simulated) || profile.Drivers.Count > 0, Is.False);
    }

    [Test]
    public void SupplierCi_PlanSoftwareOverHttp_NationalSideSimulated()
    {
        var (_, profile) = HarnessConfiguration.Resolve(Template("supplier-ci"));

        Assert.That(profile.Drivers[DriverOptions.PlanSoftware].Mode, Is.EqualTo(DriverMode.Http));
        Assert.That(profile.Endpoints.Values.All(e => e.Mode == EndpointMode.Simulated), Is.True);
    }

    [Test]
    public void Pre_NationalLiveOnPreProductieOnly_PlanSoftwareAndVthSystemObserved()
    {
        var (_, profile) = HarnessConfiguration.Resolve(Template("pre"));

        var live = profile.Endpoints.Values.Where(e => e.Mode == EndpointMode.Live).ToList();
        Assert.That(live, Has.Count.GreaterThanOrEqualTo(7));
        Assert.That(live.Select(e => new Uri(e.BaseUrl!).Host), Has.All.EndsWith(".pre.omgevingswet.overheid.nl"));
        Assert.That(profile.Drivers[DriverOptions.PlanSoftware].Mode, Is.EqualTo(DriverMode.Observe));
        Assert.That(profile.Drivers[DriverOptions.VthSystem].Mode, Is.EqualTo(DriverMode.Observe), "pre-productie notifies the municipality's own VTH system, never a simulated one");
    }

    private static IConfiguration Template(string name) =>
        new ConfigurationBuilder()
            // needs no file beside it: its bodies are inline, so a supplier runs it from any folder
            .AddJsonFile(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "profiles", name + ".json"))
            .Build();
}
