using System.Globalization;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// The HAL JSON shapes of the simulated RTR gegevens v2. The endpoints are seen in public client
/// code; the field names inside are our design, kept close to the STTR and IMOW terms.
/// </summary>
internal static class RtrRepresentation
{
    public static object Activity(PublishedActivity activity, IReadOnlyList<DeliveredRuleSet> valid, string basePath, DateOnly asOf)
    {
        var reference = FunctioneleStructuurRef.For(activity.OwId);
        return new
        {
            identificatie = activity.OwId,
            naam = activity.Naam,
            bevoegdGezag = new { code = activity.BevoegdGezag },
            functioneleStructuurRef = reference,
            regelbeheerobjecten = valid.Where(r => r.FunctioneleStructuurRef == reference)
                .Select(r => new { type = r.Type.ToString(), geldigBegindatum = Date(r.GeldigBegindatum) }),
            _links = new
            {
                self = Link($"{basePath}/activiteiten/{Uri.EscapeDataString(activity.OwId)}"),
                toepasbareRegels = Link($"{basePath}/toepasbareRegels?functioneleStructuurRef={Uri.EscapeDataString(reference)}&datum={Date(asOf)}"),
            },
        };
    }

    public static object RuleSet(DeliveredRuleSet ruleSet, string basePath) => new
    {
        identificatie = ruleSet.Id,
        type = ruleSet.Type.ToString(),
        functioneleStructuurRef = ruleSet.FunctioneleStructuurRef,
        activiteit = ruleSet.ActivityId,
        bestandsnaam = ruleSet.FileName,
        geldigBegindatum = Date(ruleSet.GeldigBegindatum),
        idLevering = ruleSet.IdLevering,
        _links = new
        {
            self = Link($"{basePath}/toepasbareRegels/{ruleSet.Id}"),
            dmn = Link($"{basePath}/toepasbareRegels/{ruleSet.Id}/dmn"),
        },
    };

    public static object Werkzaamheid(IGrouping<string, RtrWerkzaamheid> werkzaamheid) => new
    {
        functioneleStructuurRef = werkzaamheid.Key,
        naam = werkzaamheid.First().Naam,
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

    private static object Link(string href) => new { href };
}
