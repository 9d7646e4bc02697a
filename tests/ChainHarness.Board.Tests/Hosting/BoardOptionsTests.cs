using ChainHarness.Board.Hosting;
using ChainHarness.Board.Options;

namespace ChainHarness.Board.Tests.Hosting;

/// <summary>Only the options are checked here: no test ever listens on an address beyond loopback.</summary>
public sealed class BoardOptionsTests
{
    [Test]
    public void Defaults_LoopbackOnPort5199WithoutWarning()
    {
        var options = new BoardOptions();

        Assert.That(options.Validate(), Is.Empty);
        Assert.That((options.Port, options.IsLoopback, options.RemoteWarning()), Is.EqualTo((5199, true, (string?)null)));
    }

    [TestCase("localhost")]
    [TestCase("::1")]
    [TestCase("127.0.0.5")]
    public void Validate_LoopbackAddress_NoErrors(string bind)
    {
        Assert.That(new BoardOptions { Bind = bind, Port = 0 }.Validate(), Is.Empty);
    }

    [TestCase("0.0.0.0")]
    [TestCase("192.168.1.20")]
    [TestCase("::")]
    public void Validate_OtherAddressWithoutAllowRemote_RefusedNamingTheOption(string bind)
    {
        var errors = new BoardOptions { Bind = bind }.Validate();

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith("--bind").And.Contain("--allow-remote"));
    }

    [Test]
    public void Validate_OtherAddressWithAllowRemote_AcceptedWithAWarning()
    {
        var options = new BoardOptions { Bind = "0.0.0.0", AllowRemote = true };

        Assert.That(options.Validate(), Is.Empty);
        Assert.That(options.RemoteWarning(), Does.Contain("0.0.0.0").And.Contain("netwerk"));
    }

    [Test]
    public void Validate_EverythingWrong_ListsEveryError()
    {
        var errors = new BoardOptions { Port = 70000, Bind = "my-laptop", Pace = TimeSpan.FromSeconds(-1) }.Validate();

        Assert.That(errors.Select(e => e.Split(':')[0]), Is.EqualTo(new[] { "--port", "--bind", "--pace" }));
    }
}
