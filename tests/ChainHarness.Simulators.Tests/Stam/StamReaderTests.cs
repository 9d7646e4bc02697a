using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Tests.Verzoeken;

namespace ChainHarness.Simulators.Tests.Stam;

public sealed class StamReaderTests
{
    [Test]
    public void Read_VerzoeknummerMissing_RefusedWithTheSchemaError()
    {
        var xml = StamWriter.Write(Voorbeeld.Stam()).Replace("<verzoeknummer>2026060500001</verzoeknummer>", "", StringComparison.Ordinal);

        var read = StamReader.Read(xml);

        Assert.That(read.Valid, Is.False);
        Assert.That(read.Verzoek, Is.Null);
        Assert.That(string.Join(" ", read.Errors), Does.Contain("doel").And.Contain("verzoeknummer"));
    }

    [Test]
    public void Read_OinOf19Digits_Refused()
    {
        var xml = StamWriter.Write(Voorbeeld.Stam()).Replace(Voorbeeld.Gemeente, Voorbeeld.Gemeente[1..], StringComparison.Ordinal);

        Assert.That(StamReader.Read(xml).Valid, Is.False);
    }

    [Test]
    public void Read_DocumentWithADtd_RefusedWithoutExpandingIt()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE verzoek [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
            <verzoek xmlns="https://chainharness.local/stam/verzoek/v1">&x;</verzoek>
            """;

        var read = StamReader.Read(xml);

        Assert.That(read.Valid, Is.False);
        Assert.That(string.Join(" ", read.Errors), Does.Contain("not well-formed").And.Contain("DTD"));
    }

    [Test]
    public void Read_OtherNamespace_Refused()
    {
        var xml = StamWriter.Write(Voorbeeld.Stam()).Replace(StamSchema.Namespace, "urn:other", StringComparison.Ordinal);

        var read = StamReader.Read(xml);

        Assert.That(read.Valid, Is.False);
        Assert.That(string.Join(" ", read.Errors), Does.Contain("not verzoek in"));
    }
}
