using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps.Step09bTerugkoppeling;
using ChainHarness.Engine.Tests.Steps.Step09aOntvangenAanvraag;

namespace ChainHarness.Engine.Tests.Steps.Step09bTerugkoppeling;

public sealed class OntvangstbevestigingVergelijkingTests
{
    private static readonly VthZaak Zaak = new("ZAAK-1", "2026060500001", "Project", [], []);

    [Test]
    public void Compare_RightReceipt_NoDifferences()
    {
        var receipt = new Ontvangstbevestiging("2026060500001", "Project", ["m.txt", "t.txt"], "J. de Tester", new Postadres("dorpsstraat", "12", "9999AA", "TESTDORP"));

        Assert.That(OntvangstbevestigingVergelijking.Verschillen(receipt, Zaak, ZaakVergelijkingTests.Aanvraag), Is.Empty);
    }

    [Test]
    public void Compare_WrongNumberProjectAttachmentsAddress_EachNamed()
    {
        var receipt = new Ontvangstbevestiging("ZAAK-1", "Omgevingsvergunning", ["t.txt", "x.txt"], "J. de Tester", new Postadres("Raadhuisplein", "1", "9999 ZZ", "Testdorp"));

        var verschillen = OntvangstbevestigingVergelijking.Verschillen(receipt, Zaak, ZaakVergelijkingTests.Aanvraag);

        Assert.That(verschillen, Has.Count.EqualTo(4));
        Assert.That(verschillen[0].English, Does.Contain("verzoeknummer is 'ZAAK-1'"));
        Assert.That(verschillen[1].English, Does.Contain("project is 'Omgevingsvergunning'"));
        Assert.That(verschillen[2].English, Does.Contain("missing: m.txt; not submitted: x.txt"));
        Assert.That(verschillen[3].English, Does.Contain("went to Raadhuisplein 1, 9999 ZZ Testdorp"));
        Assert.That(verschillen[2].Dutch, Does.Contain("ontbrekend: m.txt; niet ingediend: x.txt"));
        Assert.That(verschillen[3].Dutch, Does.Contain("ging naar Raadhuisplein 1, 9999 ZZ Testdorp"));
    }
}
