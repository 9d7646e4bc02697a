using ChainHarness.Cli.Setup;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Setup;

public sealed class StubsFolderTests : WithTempFolder
{
    [Test]
    public void Find_DefaultFolder_TheStubsShippedBesideTheProgram()
    {
        var found = StubsFolder.Find(null, "stubs");

        Assert.That(found, Is.Not.Null);
        Assert.That(File.Exists(Path.Combine(found!, "Lvbb", "ping.json")), Is.True, found);
    }

    [Test]
    public void Find_GivenFolder_ThatOneOrNoneAtAll()
    {
        Assert.That(StubsFolder.Find(Folder.FullName, "stubs"), Is.EqualTo(Folder.FullName));
        Assert.That(StubsFolder.Find(PathIn("nergens"), "stubs"), Is.Null);
    }

    [Test]
    public void Find_ConfiguredFolderNowhere_None()
    {
        Assert.That(StubsFolder.Find(null, PathIn("nergens")), Is.Null);
    }
}
