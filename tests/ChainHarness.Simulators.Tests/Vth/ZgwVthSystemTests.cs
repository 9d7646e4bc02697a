using ChainHarness.Simulators.Tests.Indienen;
using ChainHarness.Simulators.Vth;

namespace ChainHarness.Simulators.Tests.Vth;

public sealed class ZgwVthSystemTests
{
    [Test]
    public async Task FindZaak_AfterIntake_ReadsAnswersAndAttachmentsThroughTheZgwShapes()
    {
        using var loket = new LoketHarness();
        var driver = new ZgwVthSystem(() => loket.Vth.BaseUrl);
        var nummer = await loket.SubmitCompleteAsync();
        await LoketHarness.EventuallyAsync(() => loket.World.Vth.Berichten.FirstOrDefault());

        var zaak = await driver.FindZaakAsync(nummer, CancellationToken.None);
        var bevestiging = await driver.FindOntvangstbevestigingAsync(zaak!.Identificatie, CancellationToken.None);

        Assert.That(zaak.Verzoeknummer, Is.EqualTo(nummer));
        Assert.That(zaak.Antwoorden.Single().VraagId, Is.EqualTo("vraag-voorkant"));
        var machtiging = zaak.Bijlagen.Single(b => b.Bestandsnaam == "machtiging.txt");
        Assert.That(machtiging.Vertrouwelijk, Is.True);
        Assert.That(machtiging.Omvang, Is.EqualTo(6));
        Assert.That(machtiging.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("geheim"u8))));
        Assert.That(bevestiging!.Correspondentieadres.Postcode, Is.EqualTo("9999 AA"));
        Assert.That(await driver.FindZaakAsync("2026060599999", CancellationToken.None), Is.Null);
    }
}
