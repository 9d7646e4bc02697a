using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Tests.Indienen;
using ChainHarness.Simulators.Tests.Verzoeken;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Tests.Afhandelen;

public sealed class AfhandelenSimulatorTests : LoketFixture
{
    [Test]
    public async Task Fetch_AddressedParty_GetsTheStamThePdfAndEveryAttachment()
    {
        var nummer = await Loket.SubmitCompleteAsync();

        using var referenties = await Loket.GetAsAsync(Voorbeeld.Gemeente, Loket.AfhandelenUrl($"/verzoeken/{nummer}"));
        var links = (await referenties.Content.ReadFromJsonAsync<JsonObject>())!["_links"]!;
        using var stam = await Loket.GetAsAsync(Voorbeeld.Gemeente, links["stam"]!["href"]!.GetValue<string>());
        using var pdf = await Loket.GetAsAsync(Voorbeeld.Gemeente, links["pdf"]!["href"]!.GetValue<string>());
        var bijlagen = new List<string>();
        foreach (var link in links["bijlagen"]!.AsArray())
        {
            using var bijlage = await Loket.GetAsAsync(Voorbeeld.Gemeente, link!["href"]!.GetValue<string>());
            bijlagen.Add(await bijlage.Content.ReadAsStringAsync());
        }

        var read = StamReader.Read(await stam.Content.ReadAsStringAsync());
        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.Verzoek!.Verzoeknummer, Is.EqualTo(nummer));
        Assert.That(read.Verzoek.Initiatiefnemer.Bsn, Is.EqualTo("999990019"), "the addressed party gets the confidential fields in the STAM");
        Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(Encoding.Latin1.GetString(await pdf.Content.ReadAsByteArrayAsync()), Does.StartWith("%PDF-1.4"));
        Assert.That(bijlagen, Is.EqualTo(new[] { "tekening", "geheim" }));
    }

    [TestCase("")]
    [TestCase("/stam")]
    [TestCase("/pdf")]
    [TestCase("/samenvatting")]
    public async Task Fetch_PartyNotAddressed_403(string resource)
    {
        var nummer = await Loket.SubmitCompleteAsync();

        using var response = await Loket.GetAsAsync(Voorbeeld.Omgevingsdienst, Loket.AfhandelenUrl($"/verzoeken/{nummer}{resource}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain($"niet geadresseerd aan OIN {Voorbeeld.Omgevingsdienst}"));
    }

    [Test]
    public async Task FetchAttachment_PartyNotAddressed_403()
    {
        var nummer = await Loket.SubmitCompleteAsync();
        var bijlage = Loket.World.Verzoeken.FindByVerzoeknummer(nummer)!.Bijlagen[1];

        using var response = await Loket.GetAsAsync(Voorbeeld.Omgevingsdienst, Loket.AfhandelenUrl($"/verzoeken/{nummer}/bijlagen/{bijlage.DocumentId}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Fetch_WithoutOin_401()
    {
        var nummer = await Loket.SubmitCompleteAsync();

        using var response = await Loket.Http.GetAsync(Loket.AfhandelenUrl($"/verzoeken/{nummer}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Fetch_ActivityRoutedToABehandeldienst_EachPartyGetsOnlyItsOwnPart()
    {
        // Given: a second activity, routed to the omgevingsdienst
        const string Milieu = "nl.imow-gm9999.activiteit.milieubelastend";
        Loket.World.Verzoeken.Route(Milieu, new Partij(Voorbeeld.Omgevingsdienst, "Omgevingsdienst Testregio"));
        var extra = $$""", { "activiteitNaam": "Milieubelastende activiteit", "imowId": "{{Milieu}}", "functioneleStructuurRef": "{{Voorbeeld.Fsr}}", "antwoorden": [ { "vraagId": "vraag-voorkant", "antwoord": "false" } ] }""";

        // When
        var nummer = await Loket.SubmitCompleteAsync(Voorbeeld.Body(extraActiviteit: extra));
        using var gemeente = await Loket.GetAsAsync(Voorbeeld.Gemeente, Loket.AfhandelenUrl($"/verzoeken/{nummer}/stam"));
        using var od = await Loket.GetAsAsync(Voorbeeld.Omgevingsdienst, Loket.AfhandelenUrl($"/verzoeken/{nummer}/stam"));
        using var zoek = new HttpRequestMessage(HttpMethod.Post, Loket.AfhandelenUrl("/verzoeken/_zoek"));
        zoek.Headers.Add("X-Client-Oin", Voorbeeld.Omgevingsdienst);
        using var gevonden = await Loket.Http.SendAsync(zoek);

        // Then
        var voorGemeente = StamReader.Read(await gemeente.Content.ReadAsStringAsync()).Verzoek!;
        var voorOd = StamReader.Read(await od.Content.ReadAsStringAsync()).Verzoek!;
        Assert.That(voorGemeente.Activiteiten.Select(a => a.ImowId), Is.EqualTo(new[] { Voorbeeld.ActiviteitId }));
        Assert.That(voorOd.Activiteiten.Select(a => a.ImowId), Is.EqualTo(new[] { Milieu }));
        Assert.That(voorOd.UitvoerendeInstantie.Oin, Is.EqualTo(Voorbeeld.Omgevingsdienst));
        Assert.That(voorOd.BevoegdGezag.Oin, Is.EqualTo(Voorbeeld.Gemeente));
        Assert.That(await gevonden.Content.ReadAsStringAsync(), Does.Contain(nummer));
        Assert.That(Loket.World.Verzoeken.Bezorgingen.Single(b => b.Oin == Voorbeeld.Omgevingsdienst).Fout, Does.Contain("no notification endpoint"));
    }
}
