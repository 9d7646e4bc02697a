using ChainHarness.Engine.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Tests.Configuration;

public sealed class HarnessConfigurationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Test]
    public void Resolve_DefaultLocalProfile_GivesTestdorp()
    {
        var (name, profile) = HarnessConfiguration.Resolve(Config(("ChainHarness:Profiles:local:Municipality:Code", "gm9999")));

        Assert.That(name, Is.EqualTo("local"));
        Assert.That(profile.Municipality.Name, Is.EqualTo("Testdorp"));
    }

    [Test]
    public void Resolve_SeveralBrokenFields_ListsEveryOneWithItsKey()
    {
        var config = Config(
            ("ChainHarness:Profiles:local:Municipality:Code", "gemeente9999"),
            ("ChainHarness:Profiles:local:Municipality:Oin", "123"),
            ("ChainHarness:Profiles:local:Endpoints:Ozon:Mode", "Live"),
            ("ChainHarness:Profiles:local:Timing:Retries", "99"));

        var ex = Assert.Throws<ConfigurationErrorException>(() => HarnessConfiguration.Resolve(config))!;

        Assert.That(ex.Errors, Has.Count.EqualTo(4));
        Assert.That(ex.Message, Does.Contain("Profiles:local:Municipality:Code"));
        Assert.That(ex.Message, Does.Contain("Profiles:local:Municipality:Oin"));
        Assert.That(ex.Message, Does.Contain("Profiles:local:Endpoints:Ozon:BaseUrl"));
        Assert.That(ex.Message, Does.Contain("Profiles:local:Timing:Retries"));
    }

    [Test]
    public void Resolve_UnknownProfile_NamesTheKnownOnes()
    {
        var config = Config(("ChainHarness:Profiles:local:Municipality:Code", "gm9999"), ("ChainHarness:Profile", "pre"));

        var ex = Assert.Throws<ConfigurationErrorException>(() => HarnessConfiguration.Resolve(config))!;

        Assert.That(ex.Message, Does.Contain("er is geen profiel 'pre'").And.Contain("local"));
    }

    [Test]
    public void Resolve_WrongType_NamesTheKey()
    {
        var config = Config(("ChainHarness:Profiles:local:Timing:PollInterval", "soon"));

        var ex = Assert.Throws<ConfigurationErrorException>(() => HarnessConfiguration.Resolve(config))!;

        Assert.That(ex.Message, Does.Contain("PollInterval"));
    }

    [Test]
    public void Resolve_UnknownKey_IsReported()
    {
        var config = Config(("ChainHarness:Profiles:local:Municipalty:Code", "gm9999"));

        var ex = Assert.Throws<ConfigurationErrorException>(() => HarnessConfiguration.Resolve(config))!;

        Assert.That(ex.Message, Does.Contain("Municipalty"));
    }
}
