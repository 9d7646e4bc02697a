using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChainHarness.Simulators.Tests.Verzoeken;

namespace ChainHarness.Simulators.Tests.Indienen;

public sealed class IndienenSimulatorTests : LoketFixture
{
    [Test]
    public async Task Initiate_ValidVerzoek_201WithLocationAndTheLinksOfTheFlow()
    {
        using var response = await Loket.PostAsync(Loket.Url("/verzoeken"), Voorbeeld.Body());
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.Location?.ToString(), Does.StartWith(Loket.Url("/verzoeken/")));
        Assert.That(body!["_links"]!["documenten"]!["href"]!.GetValue<string>(), Is.EqualTo(response.Headers.Location + "/documenten"));
        Assert.That(body["_links"]!["indienen"]!["href"]!.GetValue<string>(), Is.EqualTo(response.Headers.Location!.ToString()));
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Concept"));
    }

    [Test]
    public async Task Initiate_FieldsMissing_422ProblemListingEveryField()
    {
        using var response = await Loket.PostAsync(Loket.Url("/verzoeken"), """{ "type": "Bouwen", "initiatiefnemer": { "correspondentieadres": { "postcode": "12" } } }""");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var names = problem!["invalidParams"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(names, Is.SupersetOf(new[] { "type", "projectnaam", "initiatiefnemer.naam", "initiatiefnemer.correspondentieadres.straat", "initiatiefnemer.correspondentieadres.postcode", "locatie", "activiteiten" }));
    }

    [Test]
    public async Task Initiate_WithoutContentCrs_412()
    {
        using var response = await Loket.PostAsync(Loket.Url("/verzoeken"), Voorbeeld.Body(), contentCrs: false);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
    }

    [Test]
    public async Task Initiate_CoordinateWithFourDecimals_422()
    {
        using var response = await Loket.PostAsync(Loket.Url("/verzoeken"), Voorbeeld.Body(x: 155050.1234));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("hoogstens 3 decimalen"));
    }

    [Test]
    public async Task AddDocument_SameNameTwice_409()
    {
        var verzoek = await Loket.InitiateAsync();
        using var first = await Loket.PostAsync(verzoek + "/documenten", Voorbeeld.Document("tekening.txt", "Bouwtekening", "een"));
        using var second = await Loket.PostAsync(verzoek + "/documenten", Voorbeeld.Document("Tekening.TXT", "Bouwtekening", "twee"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(first.Headers.Location?.ToString(), Does.StartWith(verzoek + "/documenten/"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("tekening.txt"));
    }

    [Test]
    public async Task AddDocument_SameContentUnderAnotherName_422()
    {
        var verzoek = await Loket.InitiateAsync();
        (await Loket.PostAsync(verzoek + "/documenten", Voorbeeld.Document("a.txt", "Bouwtekening", "zelfde"))).Dispose();
        using var response = await Loket.PostAsync(verzoek + "/documenten", Voorbeeld.Document("b.txt", "Foto", "zelfde"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), Does.Contain("dezelfde inhoud als 'a.txt'"));
    }

    [Test]
    public async Task AddDocument_EmptyContentAndNoName_422NamingBoth()
    {
        var verzoek = await Loket.InitiateAsync();
        using var response = await Loket.PostAsync(verzoek + "/documenten", """{ "documentType": "Bouwtekening", "inhoud": "" }""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("bestandsnaam").And.Contain("inhoud"));
    }

    [Test]
    public async Task DeleteDocument_BeforeSubmission_204AndItIsGone()
    {
        var verzoek = await Loket.InitiateAsync();
        using var added = await Loket.PostAsync(verzoek + "/documenten", Voorbeeld.Document("a.txt", "Bouwtekening", "x"));
        using var deleted = await Loket.Http.DeleteAsync(added.Headers.Location);
        using var fetched = await Loket.Http.GetAsync(added.Headers.Location);

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(fetched.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task DeleteDocumentOrVerzoek_AfterSubmission_409()
    {
        var nummer = await Loket.SubmitCompleteAsync();
        var verzoek = Loket.World.Verzoeken.FindByVerzoeknummer(nummer)!;
        var url = Loket.Url($"/verzoeken/{verzoek.Id}");

        using var document = await Loket.Http.DeleteAsync($"{url}/documenten/{verzoek.Bijlagen[0].DocumentId}");
        using var whole = await Loket.Http.DeleteAsync(url);
        using var added = await Loket.PostAsync(url + "/documenten", Voorbeeld.Document("laat.txt", "Foto", "te laat"));

        Assert.That(document.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(whole.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(verzoek.Bijlagen, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task DeleteVerzoek_Concept_204ThenNotFound()
    {
        var verzoek = await Loket.InitiateAsync();

        using var deleted = await Loket.Http.DeleteAsync(verzoek);
        using var fetched = await Loket.Http.GetAsync(verzoek);

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(fetched.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(fetched.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
