using ChainHarness.Engine.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Tests.Configuration;

public sealed class ProductionGuardTests
{
    private const string ProductionUrl = "https://service.omgevingswet.overheid.nl/publiek/omgevingsdocumenten/api/presenteren/v8";

    [TestCase("service.omgevingswet.overheid.nl")]
    [TestCase("pkio.service.omgevingswet.overheid.nl")]
    [TestCase("omgevingswet.overheid.nl")]
    [TestCase("SERVICE.Omgevingswet.Overheid.NL.")]
    [TestCase("zoek.officielebekendmakingen.nl")]
    [TestCase("www.officielebekendmakingen.nl")]
    [TestCase("repository.officiele-overheidspublicaties.nl")]
    [TestCase("lvbb.koop.overheid.nl")]
    [TestCase("pkio.lvbb.overheid.nl")]
    [TestCase("pre.service.omgevingswet.overheid.nl")]
    [TestCase("pre.omgevingswet.overheid.nl")]
    [TestCase("pre.zoek.officielebekendmakingen.nl")]
    [TestCase("service.pre.pre.omgevingswet.overheid.nl")]
    [TestCase("api.preprod.omgevingswet.overheid.nl")]
    [TestCase("pre-productie.lvbb.overheid.nl")]
    [TestCase("pkio.pre.overheid.nl")]
    public void IsProductionHost_ProductionHost_IsTrue(string host) =>
        Assert.That(ProductionGuard.IsProductionHost(host), Is.True);

    [TestCase("service.pre.omgevingswet.overheid.nl")]
    [TestCase("pkio.service.pre.omgevingswet.overheid.nl")]
    [TestCase("toepasbare-regels.omgevingswet.overheid.nl")]
    [TestCase("127.0.0.1")]
    [TestCase("localhost")]
    [TestCase("plansoftware.example")]
    public void IsProductionHost_PreProductieLoopbackOrOtherHost_IsFalse(string host) =>
        Assert.That(ProductionGuard.IsProductionHost(host), Is.False);

    [TestCase("service.omgevingswet.overheid.nl", "service.pre.omgevingswet.overheid.nl")]
    [TestCase("pkio.service.omgevingswet.overheid.nl", "pkio.service.pre.omgevingswet.overheid.nl")]
    [TestCase("omgevingswet.overheid.nl", "service.pre.omgevingswet.overheid.nl")]
    [TestCase("zoek.officielebekendmakingen.nl", null)]
    public void PreProductionEquivalent_ProductionHost_NamesThePreHost(string host, string? expected) =>
        Assert.That(ProductionGuard.PreProductionEquivalent(host), Is.EqualTo(expected));

    [TestCaseSource(typeof(UrlKeys), nameof(UrlKeys.All))]
    public void Resolve_ProductionUrlInAnyUrlKey_RefusedNamingKeyHostAndPreHost(string key)
    {
        // Given a valid local profile with a production URL in this one key
        var config = Config(("ChainHarness:Profiles:local:Municipality:Code", "gm9999"), (key, ProductionUrl));

        // When / Then
        var ex = Assert.Throws<ConfigurationErrorException>(() => HarnessConfiguration.Resolve(config))!;
        Assert.That(ex.Message, Does.Contain(key).And.Contain("'service.omgevingswet.overheid.nl'").And.Contain("service.pre.omgevingswet.overheid.nl"));
    }

    [Test]
    public void UrlKeys_CoverEveryEndpointBaseUrl() =>
        Assert.That(UrlKeys.All(), Does.Contain("ChainHarness:Profiles:sample:Endpoints:sample:BaseUrl"));

    [Test]
    public void Resolve_ProductionUrlInAProfileNotChosen_StillRefused()
    {
        var config = Config(("ChainHarness:Profiles:local:Municipality:Code", "gm9999"), ("ChainHarness:Profiles:prod:Endpoints:Lvbb:BaseUrl", ProductionUrl));

        Assert.Throws<ConfigurationErrorException>(() => HarnessConfiguration.Resolve(config));
    }

    [Test]
    public void Resolve_ProductionUrlUnderAKeyNoOptionKnows_RefusedBeforeBinding()
    {
        var config = Config(("ChainHarness:Profiles:local:Municipality:Code", "gm9999"), ("ChainHarness:Future:Supplier:Url", ProductionUrl));

        var ex = Assert.Throws<ConfigurationErrorException>(() => HarnessConfiguration.Resolve(config))!;

        Assert.That(ex.Errors, Has.Count.EqualTo(1));
        Assert.That(ex.Message, Does.Contain("ChainHarness:Future:Supplier:Url"));
    }

    [Test]
    public void Check_UserInfoDisguisingTheHost_ProductionHostIsSeen() =>
        Assert.That(ProductionGuard.Check("k", "https://service.pre.omgevingswet.overheid.nl@service.omgevingswet.overheid.nl/x"), Is.Not.Null);

    [Test]
    public void Resolve_PreProductieUrls_Accepted()
    {
        var config = Config(
            ("ChainHarness:Profiles:local:Endpoints:Ozon:Mode", "Live"),
            ("ChainHarness:Profiles:local:Endpoints:Ozon:BaseUrl", "https://service.pre.omgevingswet.overheid.nl/publiek/omgevingsdocumenten/api/presenteren/v8"));

        Assert.That(() => HarnessConfiguration.Resolve(config), Throws.Nothing);
    }

    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
