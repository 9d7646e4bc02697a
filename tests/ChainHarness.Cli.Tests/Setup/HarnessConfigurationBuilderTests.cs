using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Cli.Tests.Setup;

public sealed class HarnessConfigurationBuilderTests
{
    [Test]
    public void Build_LocalPartnersProfile_HasARoutedBehandeldienstAndAVtPartner()
    {
        var (_, profile) = HarnessConfiguration.Resolve(HarnessConfigurationBuilder.Build(null, []), "local-partners");

        Assert.That(profile.Behandeldienst!.Activities, Is.Not.Empty);
        Assert.That((profile.Behandeldienst.Routing.PreProductie, profile.Behandeldienst.Routing.Productie), Is.EqualTo((true, true)), "routed in pre-productie and production");
        Assert.That(profile.Collaboration!.Privilege, Is.EqualTo("VT"));
    }

    [Test]
    public void Build_DefaultLocalProfile_HasNeitherBehandeldienstNorPartner()
    {
        var (_, profile) = HarnessConfiguration.Resolve(HarnessConfigurationBuilder.Build(null, []));

        Assert.That(profile.Behandeldienst, Is.Null);
        Assert.That(profile.Collaboration, Is.Null);
    }
}
