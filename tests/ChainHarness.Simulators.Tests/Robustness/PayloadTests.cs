using System.IO.Compression;
using System.Text;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>Broken payloads (delivery ZIPs, GML, DMN) are refused with a reason in words, never read half-way or thrown.</summary>
[Category("Robustness")]
public sealed class PayloadTests
{
    public static IEnumerable<TestCaseData> BrokenZips()
    {
        yield return new TestCaseData("PK\u0003\u0004 broken"u8.ToArray(), "not a readable ZIP").SetArgDisplayNames("malformed ZIP");
        yield return new TestCaseData(Array.Empty<byte>(), "not a readable ZIP").SetArgDisplayNames("empty body");
        yield return new TestCaseData(Zip("../../evil.xml"), "path").SetArgDisplayNames("ZIP with ../ entry");
        yield return new TestCaseData(Zip("sub/../../evil.xml"), "path").SetArgDisplayNames("ZIP with nested ../ entry");
        yield return new TestCaseData(Zip("/etc/evil.xml"), "path").SetArgDisplayNames("ZIP with absolute entry");
        yield return new TestCaseData(Zip("..\\evil.xml"), "path").SetArgDisplayNames("ZIP with backslash entry");
        yield return new TestCaseData(Zip("C:evil.xml"), "path").SetArgDisplayNames("ZIP with drive entry");
    }

    [TestCaseSource(nameof(BrokenZips))]
    public void TryRead_BrokenZip_NullWithTheReason(byte[] zip, string reason)
    {
        var delivery = StopDeliveryReader.TryRead(zip, out var error);

        Assert.That(delivery, Is.Null);
        Assert.That(error, Does.Contain(reason));
    }

    public static IEnumerable<TestCaseData> LyingDeliveries()
    {
        yield return new TestCaseData((Func<List<Engine.Stop.DeliveryFile>, List<Engine.Stop.DeliveryFile>>)(f => f.Without("dakkapellen.gml"))).SetArgDisplayNames("manifest lists a file the ZIP lacks");
        yield return new TestCaseData((Func<List<Engine.Stop.DeliveryFile>, List<Engine.Stop.DeliveryFile>>)(f => f.With("extra.xml", "<extra/>"))).SetArgDisplayNames("ZIP holds a file the manifest does not list");
        yield return new TestCaseData((Func<List<Engine.Stop.DeliveryFile>, List<Engine.Stop.DeliveryFile>>)(f => f.Edit("dakkapellen.gml", _ => "<gml:Polygon xmlns:gml=\"http://www.opengis.net/gml/3.2\"><broken"))).SetArgDisplayNames("GML that is not XML");
        yield return new TestCaseData((Func<List<Engine.Stop.DeliveryFile>, List<Engine.Stop.DeliveryFile>>)(f => f.Edit("dakkapellen.gml", _ => "<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><g>&x;</g>"))).SetArgDisplayNames("GML with an external entity");
        yield return new TestCaseData((Func<List<Engine.Stop.DeliveryFile>, List<Engine.Stop.DeliveryFile>>)(f => f.Edit(StopDeliveryReader.OpdrachtFile, _ => "<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>"))).SetArgDisplayNames("opdracht with a DOCTYPE");
    }

    [TestCaseSource(nameof(LyingDeliveries))]
    public void Validate_LyingDelivery_AFoutMelding(Func<List<Engine.Stop.DeliveryFile>, List<Engine.Stop.DeliveryFile>> breakIt)
    {
        var world = TestWorlds.Create();
        var files = breakIt(DeliveryEdits.Testdorp(world));

        var meldingen = files.Validate(DeliveryCheckContexts.For(world));

        Assert.That(meldingen.Where(m => m.IsFout).Select(m => m.Beschrijving), Is.Not.Empty.And.All.Not.Empty);
    }

    public static IEnumerable<TestCaseData> BrokenDmn()
    {
        yield return new TestCaseData("this is not xml").SetArgDisplayNames("DMN that is not XML");
        yield return new TestCaseData("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision").SetArgDisplayNames("truncated DMN");
        yield return new TestCaseData("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions>&x;</definitions>").SetArgDisplayNames("DMN with an external entity");
        yield return new TestCaseData("<html><body>not dmn</body></html>").SetArgDisplayNames("XML that is not DMN");
    }

    [TestCaseSource(nameof(BrokenDmn))]
    public void TryParse_BrokenDmn_FalseWithTheReason(string xml)
    {
        var parsed = DmnParser.TryParse(xml, out var model, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(model, Is.Null);
        Assert.That(error, Is.Not.Empty.And.Not.Contain("root:"));
    }

    private static byte[] Zip(string name)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes("<x/>"));
        }

        return buffer.ToArray();
    }
}
