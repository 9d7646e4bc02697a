using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Ozon;

/// <summary>The HAL shapes of the simulated Presenteren v8: a regeling, a regeltekstannotatie, an article of its text, a page of any.</summary>
internal static class OzonHal
{
    private const int DefaultSize = 20;
    private const int MaxSize = 200;

    public static object Regeling(string basePath, OzonRegeling r)
    {
        var uri = AknIds.UriIdentificatie(r.WorkId);
        return new
        {
            identificatie = r.WorkId,
            uriIdentificatie = uri,
            expressionId = r.ExpressionId,
            officieleTitel = r.OfficieleTitel,
            citeerTitel = r.OfficieleTitel,
            type = new { code = r.Type.ToLowerInvariant(), waarde = r.Type },
            aangeleverdDoorEen = new { naam = r.BevoegdGezagNaam, bestuurslaag = Bestuurslaag.Of(r.BevoegdGezagCode), code = r.BevoegdGezagCode },
            geregistreerdMet = new { versie = r.Versie },
            _links = new
            {
                self = new { href = $"{basePath}/regelingen/{uri}" },
                regeltekstannotaties = new { href = $"{basePath}/regelingen/{uri}/regeltekstannotaties" },
                documentstructuur = new { href = $"{basePath}/regelingen/{uri}/documentstructuur" },
            },
        };
    }

    public static object Annotatie(string basePath, SimulatedWorld world, OzonRegelAnnotatie a)
    {
        var uri = AknIds.UriIdentificatie(a.RegelingWorkId);
        return new
        {
            identificatie = a.Id,
            type = a.Soort,
            regeltekst = new { identificatie = a.RegeltekstId, wId = a.WId },
            regeling = new { identificatie = a.RegelingWorkId, uriIdentificatie = uri, expressionId = world.OzonDocuments.FindRegeling(a.RegelingWorkId)?.ExpressionId },
            activiteiten = a.ActivityIds.Select(id => new { identificatie = id, naam = world.Ozon.FindActivity(id)?.Naam }),
            werkingsgebieden = a.LocationIds.Select(id => new { identificatie = id, noemer = world.Ozon.FindLocation(id)?.Noemer }),
            _links = new { regeling = new { href = $"{basePath}/regelingen/{uri}" } },
        };
    }

    /// <summary>A documentComponent of the text tree: wId, its kop, and its inhoud as STOP-like XML ([seen] <c>kop</c>, <c>inhoud</c>).</summary>
    public static object Artikel(ArtikelTekst a) => new
    {
        wId = a.WId,
        type = "ARTIKEL",
        kop = new { label = "Artikel", nummer = a.Nummer, opschrift = a.Opschrift },
        inhoud = "<Inhoud><Al>" + System.Security.SecurityElement.Escape(a.Tekst) + "</Al></Inhoud>",
    };

    /// <summary>One page (1-based <c>page</c>, <c>size</c> up to 200) of items under <c>_embedded.{name}</c>; <c>page{size, totalElements, number}</c> as clients read it, plus totalPages.</summary>
    public static SimResponse Page(SimRequest request, string name, IEnumerable<object> items, string self)
    {
        var page = int.TryParse(request.Query("page"), out var p) && p >= 1 ? p : 1;
        var size = int.TryParse(request.Query("size"), out var s) && s is >= 1 and <= MaxSize ? s : DefaultSize;
        var all = items.ToList();
        return SimResponse.Hal(new Dictionary<string, object>
        {
            ["_embedded"] = new Dictionary<string, object> { [name] = all.Skip((page - 1) * size).Take(size) },
            ["_links"] = new { self = new { href = self } },
            ["page"] = new { number = page, size, totalElements = all.Count, totalPages = (all.Count + size - 1) / size },
        });
    }
}
