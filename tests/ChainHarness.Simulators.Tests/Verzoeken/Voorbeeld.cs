using System.Security.Cryptography;
using System.Text;
using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Tests.Verzoeken;

/// <summary>A fictional Testdorp verzoek: its fields, its JSON body for Verzoek indienen, its STAM form.</summary>
internal static class Voorbeeld
{
    public const string Fsr = "http://toepasbare-regels.omgevingswet.overheid.nl/werkzaamheden/id/concept/DakkapelPlaatsen";
    public const string ActiviteitId = "nl.imow-gm9999.activiteit.dakkapelbouwen";
    public const string Gemeente = "00000001999999990000";
    public const string Omgevingsdienst = "00000001888888880000";

    public static Initiatiefnemer Initiatiefnemer { get; } =
        new("J. de Tester", new Adres("Dorpsstraat", "12", "9999 AA", "Testdorp"), "999990019", "j.detester@example.org", "0612345678");

    public static string Body(string projectnaam = "Dakkapel Dorpsstraat 12", double x = 155050.0, string extraActiviteit = "") => $$"""
        {
          "type": "Aanvraag vergunning",
          "projectnaam": "{{projectnaam}}",
          "initiatiefnemer": {
            "naam": "J. de Tester", "bsn": "999990019", "emailadres": "j.detester@example.org",
            "correspondentieadres": { "straat": "Dorpsstraat", "huisnummer": "12", "postcode": "9999 AA", "woonplaats": "Testdorp" }
          },
          "locatie": { "type": "Point", "coordinates": [{{x.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, 463050.0] },
          "activiteiten": [
            { "activiteitNaam": "Dakkapel bouwen", "imowId": "{{ActiviteitId}}", "functioneleStructuurRef": "{{Fsr}}",
              "antwoorden": [ { "vraagId": "vraag-voorkant", "vraag": "Komt de dakkapel aan de voorkant?", "antwoord": "true" } ] }{{extraActiviteit}}
          ]
        }
        """;

    public static string Document(string naam, string type, string inhoud, bool vertrouwelijk = false) =>
        $$"""{ "bestandsnaam": "{{naam}}", "documentType": "{{type}}", "mediaType": "text/plain", "vertrouwelijk": {{(vertrouwelijk ? "true" : "false")}}, "inhoud": "{{Convert.ToBase64String(Encoding.UTF8.GetBytes(inhoud))}}" }""";

    public static Bijlage Bijlage(string naam, string inhoud, bool vertrouwelijk = false) =>
        new(Guid.NewGuid().ToString("D"), naam, "Bouwtekening", "text/plain", vertrouwelijk, inhoud.Length, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inhoud))));

    public static StamVerzoek Stam() => new(
        "2026060500001",
        StamDoel.Initieren,
        "Aanvraag vergunning",
        new DateOnly(2026, 6, 5),
        "Dakkapel Dorpsstraat 12",
        "Een dakkapel & meer <test>",
        new Partij(Gemeente, "Testdorp"),
        new Partij(Gemeente, "Testdorp"),
        Initiatiefnemer,
        new RdPunt(155050.125, 463050),
        [new Projectactiviteit("Dakkapel bouwen", ActiviteitId, Fsr, [new Specificatie("vraag-voorkant", "true", "Komt de dakkapel aan de voorkant?")])],
        [Bijlage("bouwtekening.txt", "tekening"), Bijlage("machtiging.txt", "geheim", vertrouwelijk: true)]);
}
