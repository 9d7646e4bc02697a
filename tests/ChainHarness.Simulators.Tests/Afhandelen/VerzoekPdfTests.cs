using System.Text;
using ChainHarness.Simulators.Afhandelen;
using ChainHarness.Simulators.Tests.Verzoeken;

namespace ChainHarness.Simulators.Tests.Afhandelen;

public sealed class VerzoekPdfTests
{
    [Test]
    public void Write_Verzoek_LeavesOutTheConfidentialFields()
    {
        var text = Encoding.Latin1.GetString(VerzoekPdf.Write(Voorbeeld.Stam()));

        Assert.That(text, Does.Contain("Dakkapel Dorpsstraat 12").And.Contain("bouwtekening.txt").And.Contain("Komt de dakkapel aan de voorkant?: true"));
        Assert.That(text, Does.Not.Contain("999990019").And.Not.Contain("j.detester@example.org").And.Not.Contain("J. de Tester"));
        Assert.That(text, Does.Not.Contain("machtiging.txt"));
        Assert.That(text, Does.Contain(@"1 vertrouwelijke bijlage\(n\), niet in deze publicatie"));
    }
}
