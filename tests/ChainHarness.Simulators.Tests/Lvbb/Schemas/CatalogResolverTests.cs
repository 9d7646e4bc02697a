using System.Xml;
using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb.Schemas;

public sealed class CatalogResolverTests
{
    [Test]
    public void ResolveUri_UrlInTheCatalogs_GivesTheLocalFile()
    {
        var bundle = RealDeliveries.Schemas;
        var resolver = new CatalogResolver(bundle);

        var resolved = resolver.ResolveUri(null, "https://standaarden.overheid.nl/stop/1.3.0/imop-tekst.xsd");

        Assert.That(resolved.IsFile, Is.True);
        Assert.That(resolved.LocalPath, Is.EqualTo(Path.Combine(bundle, "stop", "1.3.0", "imop-tekst.xsd")));
        Assert.That(resolver.Count, Is.GreaterThan(100), "all four catalogs are read");
    }

    [Test]
    public void GetEntity_UrlOutsideTheCatalogs_RefusedRatherThanFetched()
    {
        var resolver = new CatalogResolver(RealDeliveries.Schemas);
        var outside = resolver.ResolveUri(null, "https://example.org/other.xsd");

        var ex = Assert.Throws<XmlException>(() => resolver.GetEntity(outside, null, typeof(Stream)))!;

        Assert.That(ex.Message, Does.Contain("only read offline"));
    }
}
