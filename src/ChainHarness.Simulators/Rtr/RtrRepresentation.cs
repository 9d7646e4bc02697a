using ChainHarness.Engine.Loket;
using System.Globalization;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// The HAL JSON shapes of the simulated RTR gegevens v2 and uitvoerengegevens v1: an activity as public
/// clients read it (<c>urn, omschrijving, bestuursorgaan{code}, regelBeheerObjecten[{typering,
/// functioneleStructuurRef}]</c>, [seen]), a toepasbare regel with <c>_links.sttrBestand</c> [seen]; the
/// other fields (<c>typering</c> and <c>idLevering</c> on a toepasbare regel, dates as ISO) are our design.
/// </summary>
internal static class RtrRepresentation
{
    public static object Activity(PublishedActivity activity, IReadOnlyList<DeliveredRuleSet> valid, string basePath, DateOnly asOf)
    {
        var reference = FunctioneleStructuurRef.For(activity.OwId);
        return new
        {
            urn = activity.OwId,
            omschrijving = activity.Naam,
            bestuursorgaan = new { code = activity.BevoegdGezag.ToUpperInvariant() },
            functioneleStructuurRef = reference,
            regelBeheerObjecten = valid.Where(r => r.FunctioneleStructuurRef == reference)
                .Select(r => new { typering = r.Type.ToString(), functioneleStructuurRef = r.FunctioneleStructuurRef, geldigBegindatum = Date(r.GeldigBegindatum) }),
            _links = new
            {
                self = Link($"{basePath}/activiteiten/{Uri.EscapeDataString(activity.OwId)}?datum={WireDate(asOf)}"),
            },
        };
    }

    public static object RuleSet(DeliveredRuleSet ruleSet, string basePath) => new
    {
        identifier = ruleSet.Id,
        typering = ruleSet.Type.ToString(),
        functioneleStructuurRef = ruleSet.FunctioneleStructuurRef,
        activiteit = ruleSet.ActivityId,
        bestandsnaam = ruleSet.FileName,
        geldigBegindatum = Date(ruleSet.GeldigBegindatum),
        laatsteWijzigingDatum = Date(ruleSet.GeldigBegindatum),
        idLevering = ruleSet.IdLevering,
        _links = new
        {
            self = Link($"{basePath}/toepasbareRegels/{ruleSet.Id}"),
            sttrBestand = Link($"{basePath}/toepasbareRegels/{ruleSet.Id}/sttrBestand"),
        },
    };

    public static object Werkzaamheid(IGrouping<string, RtrWerkzaamheid> werkzaamheid) => new
    {
        functioneleStructuurRef = werkzaamheid.Key,
        omschrijving = werkzaamheid.First().Naam,
        activiteiten = werkzaamheid.Select(w => new
        {
            functioneleStructuurRef = w.ActivityRef,
            identificatie = FunctioneleStructuurRef.TryGetActivityId(w.ActivityRef, out var id) ? id : null,
        }),
    };

    /// <summary>A HAL collection with 1-based paging.</summary>
    public static object Page<T>(string name, IReadOnlyList<T> items, int page, int size, string self) => new
    {
        _embedded = new Dictionary<string, object> { [name] = items.Skip((page - 1) * size).Take(size).ToList() },
        _links = new { self = Link(self) },
        page = new { number = page, size, totalElements = items.Count, totalPages = (items.Count + size - 1) / size },
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string WireDate(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static object Link(string href) => new { href };
}
