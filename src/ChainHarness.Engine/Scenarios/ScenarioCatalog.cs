using System.Text.Json;
using System.Text.Json.Serialization;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Scenarios;

/// <summary>
/// The demo scenarios: "alles-goed" and one per werkplaats finding F1–F20 (built in, <see cref="BuiltIn"/>),
/// plus a user's own from a folder of JSON files (one <see cref="Scenario"/> per file). A user's file
/// with a built-in name replaces the built-in one.
/// </summary>
public static class ScenarioCatalog
{
    public const string AllesGoed = "alles-goed";

    private const string Bruidsschat = "nl.imow-gm9999.activiteit.bruidsschatdakkapel";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<Scenario> BuiltIn { get; } =
    [
        S(AllesGoed, "Alles goed: de hele keten werkt, met omgevingsdienst en partner.", partners: true),
        S("F1", "De planketen is nog niet klaar: de regelketen start vanaf een bestaande (bruidsschat)activiteit, stap 1–4b lopen bewust niet.", from: Bruidsschat),
        S("F2", "De plansoftware meldt een fout bij publiceren, terwijl de LVBB de publicatie wel verwerkte.", "3", "F2", ["F2"]),
        S("F3", "Het besluit staat in de viewer (Ozon toont de nieuwe versie), maar officielebekendmakingen.nl vindt het niet.", "4a", "F3", ["F3"], oorzaak: "officielebekendmakingen.nl does not find besluit"),
        S("F4", "De plansoftware blijft 'in behandeling' tonen voor een publicatie die al klaar is.", "3", "F4", ["F4"]),
        Unwired("F5", "Het intrekken van een wijziging gaat mis tussen plansoftware en LVBB.", "3", "F5"),
        S("F6", "Zwakke annotatie: de regeltekst heeft geen activiteit of locatie.", "1", "F6", ["F6"]),
        S("F7", "De LVBB keurt de levering af: datumBekendmaking ligt in het verleden (LVBB1501).", "2", "F7", ["F7"]),
        S("F8", "De plansoftware schrijft de wijziging op haar eigen ontwerpversie van het plan: de LVBB kan die niet valideren, dus er verschijnt niets nieuws in de viewer.", "2", "F8", ["F8"], oorzaak: "does not fit the regeling as the LVBB holds it"),
        S("F9", "De publicatie blijft hangen in verwerking: de LVBB maakt nooit een verslag.", "3", "F9", ["F9"]),
        S("F10", "De oefenomgeving is gewist: de bestaande activiteit waar de regelketen op rekent is weg.", "5", "F10", ["F10"], from: Bruidsschat),
        S("F11", "DSO-LV is instabiel: de RTR antwoordt met 503 of blijft hangen tot de time-out, dus de activiteit is niet op te vragen.", "5", "F11", ["F11"], oorzaak: "The RTR (RTR gegevens v2) could not be asked"),
        S("F12", "De toepasbare regels verwijzen naar een locatie die Ozon niet kent: aanleveren wordt geweigerd.", "7", "F12", ["F12"]),
        S("F13", "De toepasbare regels gelden pas over twee weken: het loket toont ze nog niet.", "7", "F13", ["F13"]),
        S("F14", "De vergunningcheck loopt vast en eindigt in 'Neem contact op met uw gemeente'.", "8a", "F14", ["F14"]),
        S("F15", "Er zijn geen werkzaamheden gekoppeld: zoeken op 'dakkapel' vindt niets.", "8a", "F15", ["F15"]),
        S("F16", "Het VTH-systeem neemt de bijlagen uit de PDF over: de vertrouwelijke bijlage ontbreekt in de zaak.", "9a", "F16", ["F16"]),
        S("F17", "De ontvangstbevestiging is gevuld uit de verkeerde velden (verzoeknummer, project, adres).", "9b", "F17", ["F17"]),
        S("F18", "De routering naar de omgevingsdienst staat alleen in productie: de aanvraag blijft bij de gemeente.", "10", "F18", ["F18"], partners: true),
        S("F19", "De omgevingsdienst opent een zaak, maar de initiatiefnemer hoort niet dat de aanvraag is doorgestuurd.", "10", "F19", ["F19"], partners: true),
        S("F20", "De partner is uitgenodigd met privilege BT in plaats van VT en ziet het vertrouwelijke document niet.", "11", "F20", ["F20"], partners: true),
    ];

    /// <summary>The built-in scenarios and those in <paramref name="folder"/> (when given), by name.</summary>
    public static IReadOnlyList<Scenario> Load(string? folder)
    {
        var own = folder is null ? [] : FromFolder(folder);
        return [.. BuiltIn.Where(b => !own.Any(o => Same(o.Naam, b.Naam))), .. own];
    }

    /// <summary>The scenario with this name (any case), or null.</summary>
    public static Scenario? Find(IEnumerable<Scenario> scenarios, string? naam) =>
        scenarios.FirstOrDefault(s => Same(s.Naam, naam?.Trim()));

    private static List<Scenario> FromFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw ConfigurationErrorException.WithErrors([$"The scenario folder '{Path.GetFileName(folder)}' does not exist."]);
        }

        var scenarios = new List<Scenario>();
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var source = $"scenario file '{Path.GetFileName(file)}'";
            try
            {
                using var stream = File.OpenRead(file);
                var scenario = JsonSerializer.Deserialize<Scenario>(stream, Options);
                var problems = scenario?.Validate(source).ToList() ?? [$"{source} is empty."];
                errors.AddRange(problems);
                if (problems.Count == 0)
                {
                    scenarios.Add(scenario!);
                }
            }
            catch (JsonException ex)
            {
                errors.Add($"{source} is not a scenario: {ex.Message}");
            }
        }

        return errors.Count > 0 ? throw ConfigurationErrorException.WithErrors(errors) : scenarios;
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static Scenario S(string naam, string omschrijving, string? stap = null, string? bevinding = null, string[]? faults = null, string? from = null, bool partners = false, string? oorzaak = null) =>
        new() { Naam = naam, Omschrijving = omschrijving, FalendeStap = stap, Bevinding = bevinding, Faults = [.. faults ?? []], FromActivity = from, MetPartners = partners, OorzaakBevat = oorzaak };

    private static Scenario Unwired(string naam, string omschrijving, string stap, string bevinding)
    {
        var scenario = S(naam, omschrijving, stap, bevinding, [naam]);
        scenario.Bedraad = false;
        return scenario;
    }
}
