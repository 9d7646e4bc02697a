using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Afhandelen;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Indienen;

/// <summary>
/// Simulated Verzoek indienen v5: initiate (201 + Location), add documents (unique by name and by
/// content), fetch, delete before submission, submit, withdraw; errors as problem+json. A submission
/// is checked against the indieningsvereisten of its activities (422 naming what is missing); on
/// submission it gets a 13-digit verzoeknummer and the DSO notifies every addressed party.
/// <c>POST /verzoeken</c> (initiëren) and <c>POST /verzoeken/{id}</c> (indienen) are [seen]; the other paths
/// and the body fields are our design (contracts/verzoek-indienen); the v5 OpenAPI is not public.
/// </summary>
public sealed class IndienenSimulator(SimulatedWorld world, IIndieningsvereisten vereisten, VerzoekNotificaties notificaties)
    : SimulatorServer(world)
{
    public override string Name => DsoEndpoint.Indienen;

    public override string BasePath => "/publiek/verzoeken/api/indienen/v5";

    private string Base => BaseUrl.ToString().TrimEnd('/');

    protected override void MapRoutes(RouteTable routes) => routes
        .Post("/verzoeken", Initieer)
        .Get("/verzoeken/{id}", r => WithVerzoek(r, v => SimResponse.Hal(VerzoekRepresentation.Verzoek(v, Base))))
        .Delete("/verzoeken/{id}", Verwijder)
        .Get("/verzoeken/{id}/documenten", r => WithVerzoek(r, v => SimResponse.Hal(new { documenten = v.Bijlagen.Select(b => VerzoekRepresentation.Document(b, $"{Base}/verzoeken/{v.Id}")) })))
        .Post("/verzoeken/{id}/documenten", VoegDocumentToe)
        .Get("/verzoeken/{id}/documenten/{documentId}", HaalDocument)
        .Delete("/verzoeken/{id}/documenten/{documentId}", VerwijderDocument)
        .Post("/verzoeken/{id}", Dien)
        .Post("/verzoeken/{id}/_intrekken", TrekIn);

    private SimResponse Initieer(SimRequest request)
    {
        if (request.Header("Content-Crs") is not { } crs || !crs.Contains("28992", StringComparison.Ordinal))
        {
            return SimResponse.Problem(412, "Precondition Failed", "De Content-Crs-header moet EPSG:28992 (RD New) noemen voor de locatie.");
        }

        var (gegevens, errors) = VerzoekBody.Parse(request.BodyText);
        if (gegevens is null)
        {
            return SimResponse.Problem(422, "Unprocessable Entity", $"Het verzoek kan niet worden gestart: {errors.Count} veld(en) zijn onjuist.", errors);
        }

        var m = World.Profile.Municipality;
        var verzoek = new Verzoek(Guid.NewGuid().ToString("D"), gegevens, new Partij(m.Oin, m.Name));
        World.Verzoeken.Add(verzoek);
        return SimResponse.Hal(VerzoekRepresentation.Verzoek(verzoek, Base), 201).WithHeader("Location", $"{Base}/verzoeken/{verzoek.Id}");
    }

    private SimResponse Verwijder(SimRequest request) => WithVerzoek(request, v =>
        World.Verzoeken.Discard(v.Id)
            ? SimResponse.Empty(204)
            : SimResponse.Problem(409, "Conflict", $"Verzoek {v.Id} is {v.Status.ToString().ToLowerInvariant()}: alleen een concept kan worden verwijderd; trek een ingediend verzoek in."));

    private SimResponse VoegDocumentToe(SimRequest request) => WithVerzoek(request, v =>
    {
        var (bijlage, inhoud, errors) = DocumentBody.Parse(request.BodyText);
        if (bijlage is null)
        {
            return SimResponse.Problem(422, "Unprocessable Entity", "Het document kan niet worden toegevoegd.", errors);
        }

        var (result, existing) = v.Add(bijlage, inhoud);
        return result switch
        {
            BijlageToevoegen.Toegevoegd => SimResponse.Hal(VerzoekRepresentation.Document(bijlage, $"{Base}/verzoeken/{v.Id}"), 201)
                .WithHeader("Location", $"{Base}/verzoeken/{v.Id}/documenten/{bijlage.DocumentId}"),
            BijlageToevoegen.NaamBestaat => SimResponse.Problem(409, "Conflict", $"Een document met de naam '{existing!.Bestandsnaam}' hoort al bij dit verzoek; bestandsnamen moeten uniek zijn."),
            BijlageToevoegen.InhoudBestaat => SimResponse.Problem(422, "Unprocessable Entity", $"'{bijlage.Bestandsnaam}' heeft dezelfde inhoud als '{existing!.Bestandsnaam}', dat al bij dit verzoek hoort.", [new InvalidParam("inhoud", "unique", "dezelfde inhoud mag maar één keer worden toegevoegd.")]),
            _ => NotAConcept(v),
        };
    });

    private SimResponse HaalDocument(SimRequest request) => WithVerzoek(request, v =>
        v.Bijlagen.FirstOrDefault(b => b.DocumentId == request["documentId"]) is { } b
            ? SimResponse.Hal(VerzoekRepresentation.Document(b, $"{Base}/verzoeken/{v.Id}"))
            : SimResponse.Problem(404, "Not Found", $"Verzoek {v.Id} heeft geen document {request["documentId"]}."));

    private SimResponse VerwijderDocument(SimRequest request) => WithVerzoek(request, v => v.Remove(request["documentId"]) switch
    {
        true => SimResponse.Empty(204),
        false => SimResponse.Problem(404, "Not Found", $"Verzoek {v.Id} heeft geen document {request["documentId"]}."),
        null => NotAConcept(v),
    });

    private SimResponse Dien(SimRequest request) => WithVerzoek(request, v =>
    {
        if (v.Status != VerzoekStatus.Concept)
        {
            return NotAConcept(v);
        }

        var today = World.Today;
        var missing = Indieningscontrole.Check(v, vereisten, today);
        if (missing.Count > 0)
        {
            return SimResponse.Problem(422, "Unprocessable Entity", "Het verzoek is onvolledig: " + string.Join(" ", missing.Select(m => m.Reason)), missing);
        }

        if (!v.Submit(World.Verzoeken.NextVerzoeknummer(today), today, Verdeling.Delen(v.Gegevens, v.BevoegdGezag, World.Verzoeken)))
        {
            return NotAConcept(v);
        }

        notificaties.Push(v, StamDoel.Initieren);
        return SimResponse.Hal(VerzoekRepresentation.Verzendbevestiging(v, Base));
    });

    private SimResponse TrekIn(SimRequest request) => WithVerzoek(request, v =>
    {
        if (!v.Withdraw())
        {
            return SimResponse.Problem(409, "Conflict", $"Verzoek {v.Id} is {v.Status.ToString().ToLowerInvariant()}: alleen een ingediend verzoek kan worden ingetrokken; verwijder een concept.");
        }

        notificaties.Push(v, StamDoel.Intrekken);
        return SimResponse.Hal(VerzoekRepresentation.Verzoek(v, Base));
    });

    private SimResponse WithVerzoek(SimRequest request, Func<Verzoek, SimResponse> handle) =>
        World.Verzoeken.Find(request["id"]) is { } verzoek
            ? handle(verzoek)
            : SimResponse.Problem(404, "Not Found", $"Geen verzoek {request["id"]} in het Omgevingsloket.");

    private static SimResponse NotAConcept(Verzoek v) =>
        SimResponse.Problem(409, "Conflict", $"Verzoek {v.Id} is {v.Status.ToString().ToLowerInvariant()}: dit mag alleen zolang het een concept is.");
}
