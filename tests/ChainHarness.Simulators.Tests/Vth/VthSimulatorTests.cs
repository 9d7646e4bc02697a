using ChainHarness.Simulators.Stam;
using System.Net;
using System.Net.Http.Json;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Tests.Indienen;
using ChainHarness.Simulators.Tests.Verzoeken;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.Vth;
using ChainHarness.Simulators.World;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ChainHarness.Simulators.Tests.Vth;

public sealed class VthSimulatorTests
{
    [Test]
    public async Task Submit_VthSystemNotified_OpensAZaakWithEveryAnswerAndAttachmentAndSendsAReceipt()
    {
        using var loket = new LoketHarness();

        var nummer = await loket.SubmitCompleteAsync();
        var zaak = await LoketHarness.EventuallyAsync(() => loket.World.Vth.FindByVerzoeknummer(nummer));
        var bericht = await LoketHarness.EventuallyAsync(() => loket.World.Vth.Berichten.FirstOrDefault());

        Assert.That(zaak, Is.Not.Null);
        Assert.That(zaak!.Identificatie, Is.EqualTo("ZAAK-2026-0000001"));
        Assert.That(zaak.Omschrijving, Is.EqualTo("Dakkapel Dorpsstraat 12"));
        Assert.That(zaak.Eigenschappen.Select(e => (e.VraagId, e.Antwoord)), Is.EqualTo(new[] { ("vraag-voorkant", "true") }));
        Assert.That(zaak.Documenten.Select(d => d.Bijlage.Bestandsnaam), Is.EqualTo(new[] { $"verzoek-{nummer}.pdf", "bouwtekening.txt", "machtiging.txt" }));
        Assert.That(bericht, Is.EqualTo(bericht! with { Verzoeknummer = nummer, Projectnaam = "Dakkapel Dorpsstraat 12", Ontvanger = "J. de Tester", Correspondentieadres = Voorbeeld.Initiatiefnemer.Correspondentieadres }));
        Assert.That(bericht.Bijlagen, Is.EqualTo(new[] { "bouwtekening.txt", "machtiging.txt" }));
        Assert.That(loket.World.Verzoeken.Bezorgingen.Single().Status, Is.EqualTo(202));
    }

    [Test]
    public async Task F16_ConfidentialAttachment_MissingFromTheZaak()
    {
        using var loket = new LoketHarness(LoketFaults.F16);

        var nummer = await loket.SubmitCompleteAsync();
        var zaak = await LoketHarness.EventuallyAsync(() => loket.World.Vth.FindByVerzoeknummer(nummer));

        Assert.That(zaak!.Documenten.Select(d => d.Bijlage.Bestandsnaam), Does.Not.Contain("machtiging.txt").And.Contain("bouwtekening.txt"));
    }

    [Test]
    public async Task F17_Receipt_CarriesTheZaakIdTheZaaktypeAndTheTownHallAddress()
    {
        using var loket = new LoketHarness(LoketFaults.F17);

        await loket.SubmitCompleteAsync();
        var bericht = await LoketHarness.EventuallyAsync(() => loket.World.Vth.Berichten.FirstOrDefault());

        Assert.That(bericht!.Verzoeknummer, Is.EqualTo("ZAAK-2026-0000001"));
        Assert.That(bericht.Projectnaam, Is.EqualTo("Omgevingsvergunning"));
        Assert.That(bericht.Correspondentieadres.Straat, Is.EqualTo("Raadhuisplein"));
    }

    [Test]
    public async Task Notification_StamNotSatisfyingTheSchema_RefusedWithoutAZaak()
    {
        // Given: a DSO whose STAM lacks the verzoeknummer
        using var loket = new LoketHarness();
        using var dso = WireMockServer.Start();
        dso.Given(Request.Create().WithPath("/verzoeken/2026060500009").UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(new { _links = new { stam = new { href = dso.Url + "/stam" }, pdf = new { href = dso.Url + "/pdf" } } }));
        dso.Given(Request.Create().WithPath("/stam").UsingGet())
            .RespondWith(Response.Create().WithBody("""<verzoek xmlns="http://www.omgevingswet.nl/koppelvlak/stam-v4/verzoek"><doel>Initiëren</doel></verzoek>"""));

        // When
        var notificatie = VerzoekNotificatieXml.Write("2026060500009", "Initiëren", new Partij(Voorbeeld.Gemeente, "Testdorp"), new Partij(Voorbeeld.Gemeente, "Testdorp"), new Uri(dso.Url + "/verzoeken/2026060500009"), DateTimeOffset.UnixEpoch);
        using var response = await loket.Http.PostAsync(loket.Vth.NotificatieEndpoint, new StringContent(notificatie, System.Text.Encoding.UTF8, "application/xml"));
        var weigering = await LoketHarness.EventuallyAsync(() => loket.World.Vth.Weigeringen.FirstOrDefault());

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(weigering!.Reden, Does.Contain("voldoet niet aan het schema").And.Contain("verzoeknummer"));
        Assert.That(loket.World.Vth.Zaken, Is.Empty);
    }

    [Test]
    public async Task Submit_ActivityRoutedToAnOmgevingsdienst_ItsOwnCaseSystemGetsOnlyItsPart()
    {
        // Given: the omgevingsdienst's case system, a second instance, subscribed for its OIN
        using var loket = new LoketHarness();
        var od = new Partij(Voorbeeld.Omgevingsdienst, "Omgevingsdienst Testregio");
        using var odSystem = new VthSimulator(loket.World, od, new VthState(), "OdVth");
        odSystem.Start();
        loket.World.Verzoeken.Subscribe(od.Oin, odSystem.NotificatieEndpoint);
        loket.World.Verzoeken.Route(Voorbeeld.ActiviteitId, od);

        // When
        var nummer = await loket.SubmitCompleteAsync();
        var zaak = await LoketHarness.EventuallyAsync(() => odSystem.State.FindByVerzoeknummer(nummer));

        // Then
        Assert.That(zaak!.Eigenschappen.Select(e => e.VraagId), Is.EqualTo(new[] { "vraag-voorkant" }));
        Assert.That(loket.World.Vth.Zaken, Is.Empty, "nothing was addressed to the municipality");
        Assert.That(loket.World.Verzoeken.Bezorgingen.Select(b => b.Oin), Is.EqualTo(new[] { od.Oin }));
    }

    [Test]
    public async Task Notification_AsJson_400_ItIsXmlNow()
    {
        using var loket = new LoketHarness();

        using var response = await loket.Http.PostAsJsonAsync(loket.Vth.NotificatieEndpoint, new { verzoeknummer = "2026060500009", doel = "Initiëren", verzoekreferenties = "http://127.0.0.1/verzoeken/2026060500009" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Notification_WithoutVerzoeknummer_400()
    {
        using var loket = new LoketHarness();

        using var response = await loket.Http.PostAsync(loket.Vth.NotificatieEndpoint, new StringContent(
            $"""<verzoeknotificatie xmlns="{VerzoekNotificatieXml.Namespace}"><doel>Initiëren</doel></verzoeknotificatie>""", System.Text.Encoding.UTF8, "application/xml"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("verzoeknummer"));
    }
}
