using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChainHarness.Simulators.Tests.Verzoeken;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Tests.Indienen;

public sealed class IndienenSubmissionTests : LoketFixture
{
    [Test]
    public async Task Submit_RequiredDocumentMissing_422NamingIt()
    {
        var verzoek = await Loket.InitiateAsync();
        (await Loket.PostAsync(verzoek + "/documenten", Voorbeeld.Document("foto.txt", "Foto", "foto"))).Dispose();

        using var response = await Loket.PostAsync(verzoek, "");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem!["detail"]!.GetValue<string>(), Does.Contain("verplicht document 'Bouwtekening' voor Dakkapel bouwen ontbreekt"));
        Assert.That(problem["invalidParams"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("documenten"));
        Assert.That(Loket.World.Verzoeken.All.Single().Status, Is.EqualTo(VerzoekStatus.Concept));
    }

    [Test]
    public async Task Submit_RequiredQuestionUnanswered_422NamingIt()
    {
        var verzoek = await Loket.InitiateAsync(Voorbeeld.Body().Replace("\"vraagId\": \"vraag-voorkant\"", "\"vraagId\": \"iets-anders\"", StringComparison.Ordinal));
        (await Loket.PostAsync(verzoek + "/documenten", Voorbeeld.Document("t.txt", "Bouwtekening", "t"))).Dispose();

        using var response = await Loket.PostAsync(verzoek, "");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), Does.Contain("vraag 'Komt de dakkapel aan de voorkant?' (vraag-voorkant) van Dakkapel bouwen is niet beantwoord"));
    }

    [Test]
    public async Task Submit_Complete_ConfirmsWithA13DigitVerzoeknummerOfTodayInSequence()
    {
        var first = await Loket.SubmitCompleteAsync();
        var verzoek = await Loket.InitiateAsync(Voorbeeld.Body("Tweede project"));
        (await Loket.PostAsync(verzoek + "/documenten", Voorbeeld.Document("t.txt", "Bouwtekening", "t"))).Dispose();
        using var response = await Loket.PostAsync(verzoek, "");
        var bevestiging = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That(first, Is.EqualTo("2026060500001"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(bevestiging!["verzoeknummer"]!.GetValue<string>(), Is.EqualTo("2026060500002"));
        Assert.That(bevestiging["indieningsdatum"]!.GetValue<string>(), Is.EqualTo("2026-06-05"));
        Assert.That(bevestiging["projectnaam"]!.GetValue<string>(), Is.EqualTo("Tweede project"));
        Assert.That(bevestiging["documenten"]!.AsArray().Select(d => d!["bestandsnaam"]!.GetValue<string>()), Is.EqualTo(new[] { "t.txt" }));
    }

    [Test]
    public async Task Submit_Twice_409()
    {
        var nummer = await Loket.SubmitCompleteAsync();
        var id = Loket.World.Verzoeken.FindByVerzoeknummer(nummer)!.Id;

        using var again = await Loket.PostAsync(Loket.Url($"/verzoeken/{id}"), "");

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Withdraw_Concept_409()
    {
        var verzoek = await Loket.InitiateAsync();

        using var response = await Loket.PostAsync(verzoek + "/_intrekken", "");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("verwijder een concept"));
    }

    [Test]
    public async Task Withdraw_Submitted_IngetrokkenAndTheBevoegdGezagIsNotified()
    {
        var nummer = await Loket.SubmitCompleteAsync();
        var verzoek = Loket.World.Verzoeken.FindByVerzoeknummer(nummer)!;
        await LoketHarness.EventuallyAsync(() => Loket.World.Vth.Zaken.FirstOrDefault());

        using var response = await Loket.PostAsync(Loket.Url($"/verzoeken/{verzoek.Id}/_intrekken"), "");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var zaak = await LoketHarness.EventuallyAsync(() => Loket.World.Vth.Zaken.FirstOrDefault(z => z.Ingetrokken));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body!["status"]!.GetValue<string>(), Is.EqualTo("Ingetrokken"));
        Assert.That(body["_links"]!["intrekken"], Is.Null);
        Assert.That(zaak?.Verzoeknummer, Is.EqualTo(nummer));
    }
}
