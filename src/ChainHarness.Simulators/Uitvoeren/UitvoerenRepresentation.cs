using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// One element of the plain JSON array a <c>_bepaal</c> answers ([seen], contracts/uitvoeren): per
/// requested ref its <c>activiteiten[]</c> (conclusie) or <c>subactiviteiten[]</c> (indieningsvereisten),
/// each with <c>subactiviteitNaam</c>, <c>ontbrekendeData</c>, <c>conclusies[{toestemmingstype{code,waarde},
/// toonbareActiviteitFunctioneleStructuurRef}]</c>, <c>vraaggroepen[{groepNaam, vragen[]}]</c> and
/// <c>bijlagen[]</c>; <c>indienbaar</c>/<c>compleet</c> for indieningsvereisten. The activity's own
/// <c>functioneleStructuurRef</c>, the string question ids and <c>melding</c> are our design.
/// </summary>
internal static class UitvoerenRepresentation
{
    public static object Geen(string fsr, bool vereisten, string melding) =>
        vereisten
            ? new { functioneleStructuurRef = fsr, indienbaar = false, compleet = false, subactiviteiten = Array.Empty<object>(), melding }
            : new { functioneleStructuurRef = fsr, activiteiten = Array.Empty<object>(), melding };

    public static object Uitkomst(string fsr, bool vereisten, RegelUitkomst uitkomst, string? conclusie, IReadOnlyList<Verzoeken.Vereiste> documenten)
    {
        var namen = uitkomst.Activiteiten.Count > 0 ? uitkomst.Activiteiten : [new LoketActiviteit("", "")];
        var activiteiten = namen.Select((a, i) => new
        {
            subactiviteitNaam = a.Naam,
            functioneleStructuurRef = a.Identificatie.Length > 0 ? FunctioneleStructuurRef.For(a.Identificatie) : null,
            ontbrekendeData = uitkomst.Vragen.Count > 0,
            conclusies = !vereisten && conclusie is not null
                ? new[] { new { toestemmingstype = new { code = conclusie, waarde = conclusie }, toonbareActiviteitFunctioneleStructuurRef = a.Identificatie.Length > 0 ? FunctioneleStructuurRef.For(a.Identificatie) : null } }
                : [],
            vraaggroepen = i == 0 && uitkomst.Vragen.Count > 0
                ? new[] { new { groepNaam = "Vragen", vragen = uitkomst.Vragen.Select(Vraag).ToList() } }
                : [],
            bijlagen = vereisten && i == 0
                ? documenten.Select(d => new { id = d.Id, documenttypeGeneriek = d.Omschrijving, verplicht = true }).ToList()
                : null,
        }).ToList();
        return vereisten
            ? new { functioneleStructuurRef = fsr, indienbaar = uitkomst.Activiteiten.Count > 0, compleet = uitkomst.Vragen.Count == 0, subactiviteiten = activiteiten }
            : (object)new { functioneleStructuurRef = fsr, activiteiten };
    }

    private static object Vraag(OpenRegelVraag v) => new
    {
        id = v.Id,
        tekst = v.Vraag,
        uitvoeringsregelType = "vraag",
        antwoordType = v.GegevensType switch
        {
            "boolean" => "boolean",
            "number" or "integer" or "double" => "numeriek",
            "date" => "datum",
            _ when v.Opties.Count > 0 => "lijstwaarde",
            _ => "string",
        },
        verplicht = true,
        optieType = v.Opties.Count > 0 ? "enkelAntwoord" : null,
        opties = v.Opties.Select((o, i) => new { sequenceId = i + 1, optieTekst = o }).ToList(),
    };
}
