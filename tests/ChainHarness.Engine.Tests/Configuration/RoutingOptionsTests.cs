using ChainHarness.Engine.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Tests.Configuration;

public sealed class RoutingOptionsTests
{
    [Test]
    public void Bind_RoutingOnlyInProduction_DescribedAsProductionOnly()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChainHarness:Profiles:od:Behandeldienst:Name"] = "Omgevingsdienst Testregio",
            ["ChainHarness:Profiles:od:Behandeldienst:Oin"] = "00000001555555550000",
            ["ChainHarness:Profiles:od:Behandeldienst:Routing:PreProductie"] = "false",
        }).Build();

        var (_, profile) = HarnessConfiguration.Resolve(config, "od");

        Assert.That(profile.Behandeldienst!.Routing.PreProductie, Is.False);
        Assert.That(profile.Behandeldienst.Routing.Productie, Is.True, "an environment not named keeps its default");
        Assert.That(profile.Behandeldienst.Routing.Describe(), Is.EqualTo("production only"));
    }

    [Test]
    public void Bind_UnknownRoutingKey_IsAConfigurationErrorNamingIt()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChainHarness:Profiles:od:Behandeldienst:Routing:Acceptatie"] = "true",
        }).Build();

        var ex = Assert.Throws<ConfigurationErrorException>(() => HarnessConfiguration.Resolve(config, "od"))!;

        Assert.That(ex.Message, Does.Contain("Acceptatie"));
    }
}
