using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Texts;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Tests.Configuration;

public sealed class RoutingOptionsTests
{
    [Test]
    public void Bind_RoutingOnlyInProduction_NamedAsProductionOnly()
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
        var routing = profile.Behandeldienst.Routing;
        Assert.That(BehandeldienstTexts.Environments(routing.PreProductie, routing.Productie), Is.EqualTo(new Bilingual("alleen productie", "production only")));
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
