using NUnit.Framework;

namespace ChainHarness.Testing;

/// <summary>Base of a test class whose tests each get a fresh temporary folder, deleted afterwards.</summary>
public abstract class WithTempFolder
{
    protected DirectoryInfo Folder { get; private set; } = null!;

    /// <summary>A path inside this test's folder.</summary>
    protected string PathIn(string name) => Path.Combine(Folder.FullName, name);

    [SetUp]
    public void CreateTempFolder() => Folder = Directory.CreateTempSubdirectory("chainharness-");

    [TearDown]
    public void DeleteTempFolder() => Folder.Delete(recursive: true);
}
