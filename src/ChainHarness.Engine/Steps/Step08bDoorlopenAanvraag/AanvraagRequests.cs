using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Loket;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;

/// <summary>
/// The requests of the Verzoek indienen v5 flow. Initiation is relative to the <c>Indienen</c> base URL;
/// every later request follows a link the API returned (HATEOAS). Body fields are our design.
/// </summary>
public static class AanvraagRequests
{
    public static RestRequest Initieer(AanvraagScenario a, IReadOnlyList<AanvraagOnderdeel> activiteiten, LocationOptions locatie)
    {
        var i = a.Initiatiefnemer;
        var adres = i.Correspondentieadres!;
        return new RestRequest("verzoeken", Method.Post)
            .AddHeader("Content-Crs", "EPSG:28992")
            .AddJsonBody(new
            {
                type = a.Type,
                projectnaam = a.Projectnaam,
                projectomschrijving = a.Projectomschrijving,
                initiatiefnemer = new
                {
                    naam = i.Naam,
                    bsn = i.Bsn,
                    emailadres = i.Emailadres,
                    telefoon = i.Telefoon,
                    correspondentieadres = new { straat = adres.Straat, huisnummer = adres.Huisnummer, postcode = adres.Postcode, woonplaats = adres.Woonplaats },
                },
                locatie = new { type = "Point", coordinates = new[] { locatie.X, locatie.Y } },
                activiteiten = activiteiten.Select(x => new
                {
                    activiteitNaam = x.Activiteit.Naam,
                    imowId = x.Activiteit.Identificatie,
                    functioneleStructuurRef = x.FunctioneleStructuurRef,
                    antwoorden = a.Antwoorden.Select(kv => new { vraagId = kv.Key, antwoord = kv.Value }),
                }),
            });
    }

    public static RestRequest Document(string href, ScenarioDocument d, byte[] inhoud) =>
        new RestRequest(href, Method.Post).AddJsonBody(new
        {
            bestandsnaam = d.Bestandsnaam,
            documentType = d.DocumentType,
            mediaType = "text/plain",
            vertrouwelijk = d.Vertrouwelijk,
            inhoud = Convert.ToBase64String(inhoud),
        });
}
