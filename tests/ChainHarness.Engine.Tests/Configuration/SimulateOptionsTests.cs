using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Tests.Configuration;

public sealed class SimulateOptionsTests
{
    [TestCase("Lvbb", 9101)]
    [TestCase("Ozon", 9102)]
    [TestCase("Samenwerken", 9110)]
    [TestCase("Zoekinterface", 9111)]
    [TestCase("Behandeldienstconfiguraties", 9113)]
    [TestCase("VthSysteem", 9151)]
    public void PortFor_Defaults_AreFixedByName(string name, int expected) =>
        Assert.That(new SimulateOptions().PortFor(name, otherIndex: 0), Is.EqualTo(expected));

    [Test]
    public void PortFor_ConfiguredPort_Wins()
    {
        var options = new SimulateOptions { Ports = { ["ozon"] = 19002 } };

        Assert.That(options.PortFor("Ozon", 0), Is.EqualTo(19002));
        Assert.That(options.ControlPortOrDefault, Is.EqualTo(9100));
    }

    [Test]
    public void Validate_PortsOutOfRange_EachNamedByKey()
    {
        var options = new SimulateOptions { BasePort = -1, Ports = { ["Lvbb"] = 70000 } };

        var errors = options.Validate("ChainHarness:Simulate").ToList();

        Assert.That(errors, Has.Some.Contains("ChainHarness:Simulate:Ports:Lvbb").And.Some.Contains("ChainHarness:Simulate:BasePort"));
    }
}
