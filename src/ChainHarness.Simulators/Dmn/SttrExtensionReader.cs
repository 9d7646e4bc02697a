using System.Globalization;
using System.Xml.Linq;

namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// Reads the STTR extension elements (IMTR v1.0 and v2.0 namespaces alike, matched by local name):
/// regelgroepen, uitvoeringsregels, and the references decisions and inputData carry.
/// </summary>
internal static class SttrExtensionReader
{
    /// <summary>The first STTR child of an extensionElements element with this local name.</summary>
    public static XElement? Find(XElement? extensionElements, string localName) =>
        extensionElements?.Elements().FirstOrDefault(e => IsSttr(e, localName));

    public static IReadOnlyList<SttrUitvoeringsregel> Uitvoeringsregels(XElement? extensionElements)
    {
        if (extensionElements is null)
        {
            return [];
        }

        var groups = Find(extensionElements, "regelgroepen")?.Elements().Where(e => IsSttr(e, "regelgroep"))
            .Select(g => new SttrRegelgroep(DmnParser.Required(g, "id"), Child(g, "naam") ?? "", Int(Child(g, "prioriteit")) ?? int.MaxValue))
            .ToDictionary(g => g.Id, StringComparer.Ordinal) ?? [];
        return Find(extensionElements, "uitvoeringsregels")?.Elements().Where(e => IsSttr(e, "uitvoeringsregel"))
            .Select(e => Read(e, groups))
            .ToList() ?? [];
    }

    private static SttrUitvoeringsregel Read(XElement element, Dictionary<string, SttrRegelgroep> groups)
    {
        var id = DmnParser.Required(element, "id");
        var groupRef = DmnParser.Href(ChildElement(element, "regelgroepRef"));
        var regel = new SttrUitvoeringsregel(id, SttrRegelSoort.Overig)
        {
            Regelgroep = groups.GetValueOrDefault(groupRef),
            Prioriteit = Int(Child(element, "prioriteit")) ?? int.MaxValue,
            Toelichting = ChildElement(element, "uitvoeringsregelToelichting") is { } t ? Child(t, "toelichting") : null,
        };
        var body = element.Elements().FirstOrDefault(e => IsSttr(e, "vraag") || IsSttr(e, "geoVerwijzing") || IsSttr(e, "bijlage")
            || IsSttr(e, "vasteWaarde") || IsSttr(e, "vasteWaardeVoorbehoud") || IsSttr(e, "registerbevraging")
            || IsSttr(e, "registerbevragingAPIProfiel") || IsSttr(e, "implicietAntwoord"));
        return body?.Name.LocalName switch
        {
            "vraag" => Question(regel with { Soort = SttrRegelSoort.Vraag }, body),
            "geoVerwijzing" => regel with
            {
                Soort = SttrRegelSoort.GeoVerwijzing,
                Tekst = Child(body, "vraagTekst"),
                LocatieId = (string?)ChildElement(body, "locatie")?.Attribute("identificatie"),
            },
            "bijlage" => regel with { Soort = SttrRegelSoort.Bijlage, Tekst = Child(body, "bijlageType"), GegevensType = "boolean" },
            "vasteWaarde" => Fixed(regel, body),
            "vasteWaardeVoorbehoud" => Fixed(regel, ChildElement(body, "vasteWaarde")),
            "registerbevraging" or "registerbevragingAPIProfiel" => ChildElement(body, "vraag") is { } q
                ? Question(regel with { Soort = SttrRegelSoort.Registerbevraging }, q)
                : regel with { Soort = SttrRegelSoort.Registerbevraging },
            "implicietAntwoord" => regel with { Soort = SttrRegelSoort.ImplicietAntwoord, VasteWaarde = Child(body, "waarde"), GegevensType = "boolean" },
            _ => regel,
        };
    }

    private static SttrUitvoeringsregel Question(SttrUitvoeringsregel regel, XElement vraag) => regel with
    {
        Tekst = Child(vraag, "vraagTekst"),
        GegevensType = Child(vraag, "gegevensType"),
        Opties = ChildElement(vraag, "opties")?.Elements().Where(e => IsSttr(e, "optie"))
            .OrderBy(o => Int(Child(o, "sequenceId")) ?? int.MaxValue)
            .Select(o => Child(o, "optieText") ?? "")
            .ToList() ?? [],
    };

    private static SttrUitvoeringsregel Fixed(SttrUitvoeringsregel regel, XElement? vaste)
    {
        // IMTR v1.0: <waarde> with <gegevensType>; v2.0: <booleanWaarde>, <numberWaarde>, <stringWaarde>, <dateWaarde>.
        var typed = vaste?.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("Waarde", StringComparison.Ordinal) && e.Name.LocalName != "vasteWaarde");
        return regel with
        {
            Soort = SttrRegelSoort.VasteWaarde,
            Tekst = vaste is null ? null : Child(vaste, "waardeVraag"),
            VasteWaarde = typed?.Value.Trim() ?? (vaste is null ? null : Child(vaste, "waarde")),
            GegevensType = typed is null ? (vaste is null ? null : Child(vaste, "gegevensType")) : typed.Name.LocalName[..^"Waarde".Length],
        };
    }

    private static bool IsSttr(XElement element, string localName) =>
        element.Name.LocalName == localName && element.Name.NamespaceName.StartsWith(DmnNamespaces.SttrBase, StringComparison.Ordinal);

    private static XElement? ChildElement(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => IsSttr(e, localName));

    private static string? Child(XElement parent, string localName) => ChildElement(parent, localName)?.Value.Trim();

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
