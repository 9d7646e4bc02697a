using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Configuration;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Setup;

public sealed class ProfileFolderTests : WithTempFolder
{
    [Test]
    public void Load_ProfileFiles_NamesEachAfterItsFileAndPutsItsKeysUnderThatProfile()
    {
        File.WriteAllText(PathIn("gm9002.json"), """{ "Municipality": { "Code": "gm9002" }, "Faults": [ "F7" ] }""");
        File.WriteAllText(PathIn("gm9001.json"), """{ "Municipality": { "Code": "gm9001" } }""");
        File.WriteAllText(PathIn("notes.txt"), "not a profile");

        var source = ProfileFolder.Load(Folder.FullName);

        Assert.That(source.Errors, Is.Empty);
        Assert.That(source.Names, Is.EqualTo(new[] { "gm9001", "gm9002" }));
        Assert.That(source.Keys, Does.Contain(new KeyValuePair<string, string?>("ChainHarness:Profiles:gm9002:Faults:0", "F7")));
        Assert.That(source.Label!("gm9001"), Is.EqualTo("gm9001.json"));
    }

    [Test]
    public void Load_SeveralBrokenFiles_NamesEveryOneWithWhatIsWrong()
    {
        File.WriteAllText(PathIn("gm9001.json"), """{ "ChainHarness": { "Profiles": { "gm9001": { } } } }""");
        File.WriteAllText(PathIn("gm9002.json"), """{ "Municipality": { "Code": "gm9002" """);
        File.WriteAllText(PathIn("gm9003.json"), "{ }");
        File.WriteAllText(PathIn("gm9004.json"), """{ "Municipality": { "Code": "gm9004" } }""");

        var source = ProfileFolder.Load(Folder.FullName);

        Assert.That(source.Names, Is.EqualTo(new[] { "gm9004" }));
        Assert.That(source.Errors, Has.Count.EqualTo(3));
        Assert.That(source.Errors[0], Does.StartWith("gm9001.json: holds a whole configuration"));
        Assert.That(source.Errors[1], Does.StartWith("gm9002.json: is not a JSON object"));
        Assert.That(source.Errors[2], Does.StartWith("gm9003.json: holds no settings"));
    }

    [Test]
    public void Load_DocumentedExampleFolder_EveryFileAValidProfile()
    {
        var source = ProfileFolder.Load(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "profiles", "sweep"));
        var configuration = HarnessConfigurationBuilder.Build(null, [], source.Keys);

        var profiles = ProfileSet.Resolve(configuration, source.Names, source.Label);

        Assert.That(source.Errors, Is.Empty);
        Assert.That(profiles.Select(p => p.Profile.Municipality.Code), Is.EqualTo(new[] { "gm9001", "gm9002", "gm9003" }));
    }

    [Test]
    public void Load_NoProfileFiles_IsAnError()
    {
        Assert.That(ProfileFolder.Load(Folder.FullName).Errors.Single(), Does.Contain("holds no profile files"));
    }

    [Test]
    public void From_ExistingFolder_LoadsItsFiles()
    {
        File.WriteAllText(PathIn("gm9001.json"), """{ "Municipality": { "Code": "gm9001" } }""");

        Assert.That(ProfileSource.From(Folder.FullName).Names, Is.EqualTo(new[] { "gm9001" }));
    }

    [Test]
    public void From_NamesSeparatedByCommas_AreProfilesOfTheConfiguration()
    {
        var source = ProfileSource.From("local, gm9001,local");

        Assert.That(source.Names, Is.EqualTo(new[] { "local", "gm9001" }));
        Assert.That(source.Keys, Is.Empty);
    }

    [Test]
    public void From_PathThatDoesNotExist_SaysTheFolderIsMissing()
    {
        Assert.That(ProfileSource.From(PathIn("nergens/")).Errors.Single(), Does.Contain("does not exist"));
    }
}
