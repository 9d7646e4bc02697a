using ChainHarness.Engine.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Tests.Configuration;

public sealed class ProfileSetTests
{
    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>($"ChainHarness:Profiles:{p.Key}", p.Value))).Build();

    [Test]
    public void Resolve_ValidProfiles_GivesEachInTheOrderAsked()
    {
        var config = Config(("gm9001:Municipality:Code", "gm9001"), ("gm9002:Municipality:Code", "gm9002"));

        var profiles = ProfileSet.Resolve(config, ["gm9002", "gm9001"]);

        Assert.That(profiles.Select(p => (p.Name, p.Profile.Municipality.Code)), Is.EqualTo(new[] { ("gm9002", "gm9002"), ("gm9001", "gm9001") }));
    }

    [Test]
    public void Resolve_SeveralBrokenProfiles_NamesEveryOneWithEveryBrokenKey()
    {
        var config = Config(
            ("gm9001:Municipality:Oin", "123"),
            ("gm9001:Timing:Retries", "99"),
            ("gm9002:Municipality:Code", "gm9002"),
            ("gm9003:Municipalty:Code", "gm9003"));

        var ex = Assert.Throws<ConfigurationErrorException>(() => ProfileSet.Resolve(config, ["gm9001", "gm9002", "gm9003", "gm9004"], n => $"{n}.json"))!;

        Assert.That(ex.Errors, Has.Count.EqualTo(4), ex.Message);
        Assert.That(ex.Errors[0], Does.StartWith("gm9001.json:Municipality:Oin"));
        Assert.That(ex.Errors[1], Does.StartWith("gm9001.json:Timing:Retries"));
        Assert.That(ex.Errors[2], Does.StartWith("gm9003.json: ").And.Contain("Municipalty"));
        Assert.That(ex.Errors[3], Does.StartWith("gm9004.json: er is geen profiel 'gm9004'").And.Contain("gm9001, gm9002, gm9003"));
    }

    [Test]
    public void Resolve_NameThatCannotNameAFolder_IsAnError()
    {
        var config = Config(("a b:Municipality:Code", "gm9001"));

        var ex = Assert.Throws<ConfigurationErrorException>(() => ProfileSet.Resolve(config, ["a b"]))!;

        Assert.That(ex.Errors.Single(), Does.Contain("kan geen rapportmap heten"));
    }
}
