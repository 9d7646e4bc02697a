using System.Text;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Tests.Lvbb;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Drivers.Observe;

public sealed class VerslagFolderTests
{
    [Test]
    public async Task TryRead_VoortgangAndUitkomstSaved_TheUitkomstWins()
    {
        using var temp = TempFolder.Create();
        Directory.CreateDirectory(temp.Path);
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "gm9999-plan-1-1.xml"), VerzoekResultaatSamples.Publicatie("voortgang", "validatie-voltooid"), Encoding.UTF8);
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "gm9999-plan-1-2.xml"), VerzoekResultaatSamples.Publicatie("uitkomst", "gepubliceerd"), Encoding.UTF8);
        File.SetLastWriteTimeUtc(Path.Combine(temp.Path, "gm9999-plan-1-1.xml"), DateTime.UtcNow.AddMinutes(1));

        var xml = await new VerslagFolder(temp.Path).TryReadAsync("gm9999-plan-1", CancellationToken.None);

        Assert.That(Encoding.UTF8.GetString(xml!), Does.Contain("<uitkomst>gepubliceerd</uitkomst>"));
    }

    [Test]
    public async Task TryRead_NothingForThisLevering_Null()
    {
        using var temp = TempFolder.Create();
        Directory.CreateDirectory(temp.Path);
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "other-1.xml"), VerzoekResultaatSamples.Publicatie("uitkomst", "gepubliceerd"), Encoding.UTF8);

        Assert.That(await new VerslagFolder(temp.Path).TryReadAsync("gm9999-plan-1", CancellationToken.None), Is.Null);
    }
}
