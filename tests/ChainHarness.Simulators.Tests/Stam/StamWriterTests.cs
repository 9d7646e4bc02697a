using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Tests.Verzoeken;

namespace ChainHarness.Simulators.Tests.Stam;

public sealed class StamWriterTests
{
    [Test]
    public void Write_Verzoek_SatisfiesTheSchemaAndReadsBackUnchanged()
    {
        // Given
        var verzoek = Voorbeeld.Stam();

        // When
        var read = StamReader.Read(StamWriter.Write(verzoek));

        // Then
        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.Verzoek, Is.EqualTo(verzoek).Using<StamVerzoek>((a, b) => StamWriter.Write(a) == StamWriter.Write(b)));
        Assert.That(read.Verzoek!.Bijlagen.Select(b => b.Vertrouwelijk), Is.EqualTo(new[] { false, true }));
        Assert.That(read.Verzoek.Locatie.X, Is.EqualTo(155050.125));
    }

    [Test]
    public void Write_Verzoek_DeclaresUtf8AndOurNamespace()
    {
        var xml = StamWriter.Write(Voorbeeld.Stam());

        Assert.That(xml, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        Assert.That(xml, Does.Contain($"xmlns=\"{StamSchema.Namespace}\""));
        Assert.That(xml, Does.Contain("<doel>Initiëren</doel>"));
    }
}
