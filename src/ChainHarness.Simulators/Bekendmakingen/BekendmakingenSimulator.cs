using System.Globalization;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Bekendmakingen;

/// <summary>
/// Simulated SRU 2.0 zoekdienst of repository.overheid.nl ([seen], contracts/bekendmakingen-sru):
/// <c>GET /sru?operation=searchRetrieve&amp;version=2.0&amp;query=&lt;CQL&gt;&amp;recordSchema=gzd&amp;startRecord&amp;maximumRecords</c>
/// (also at <c>/sru/Search</c>) → <c>searchRetrieveResponse</c> XML with <c>gzd</c> records. Open, no key.
/// A query it cannot read is HTTP 200 with diagnostics and no numberOfRecords; an unknown index is
/// ignored with diagnostic <c>SEARCH-IGNOREDQTEXT</c>, as the real one does. Under fault F3 the
/// repository does not list what the LVBB published: every search finds nothing.
/// </summary>
public sealed class BekendmakingenSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    private const int MaxRecords = 1000;

    public override string Name => DsoEndpoint.Bekendmakingen;

    public override string BasePath => "/sru";

    protected override void MapRoutes(RouteTable routes) => routes
        .Get("", request => World.Lvbb.ReadPublished(() => SearchRetrieve(request)))
        .Get("/Search", request => World.Lvbb.ReadPublished(() => SearchRetrieve(request)));

    private SimResponse SearchRetrieve(SimRequest request)
    {
        if (request.Query("operation") is { } operation && operation != "searchRetrieve")
        {
            return Failed("info:srw/diagnostic/1/4", operation, $"Unsupported operation '{operation}': only searchRetrieve.");
        }

        if (request.Query("query") is not { Length: > 0 } query)
        {
            return Failed("info:srw/diagnostic/1/7", "query", "Mandatory parameter not supplied: query.");
        }

        if (!Number(request.Query("startRecord"), 1, out var start) || start >= 10_000)
        {
            return start >= 10_000
                ? SimResponse.Problem(504, "Gateway Timeout", "SRU: records beyond the first 10,000 cannot be reached.")
                : Failed("info:srw/diagnostic/1/6", "startRecord", "Unsupported parameter value: startRecord.");
        }

        if (!Number(request.Query("maximumRecords"), 10, out var maximum) || maximum > MaxRecords)
        {
            return Failed("info:srw/diagnostic/1/6", "maximumRecords", $"Unsupported parameter value: maximumRecords (at most {MaxRecords}).");
        }

        var (clauses, error) = CqlQuery.Parse(query);
        if (clauses is null)
        {
            return Failed("info:srw/diagnostic/1/10", query, $"Query syntax error: {error}.");
        }

        var diagnostics = clauses.Where(c => CqlMatch.Matches(Sample, c) is null)
            .Select(c => SruRecordXml.Diagnostic("SEARCH-IGNOREDQTEXT", $"{c.Index}{c.Relation}{c.Term}", $"Unknown index {c.Index}: the clause is ignored."))
            .ToList();
        IReadOnlyList<Bekendmaking> found = Unlisted
            ? []
            : [.. World.Bekendmakingen.All.Where(b => clauses.All(c => CqlMatch.Matches(b, c) ?? true)).OrderByDescending(b => b.DatumBekendmaking, StringComparer.Ordinal)];
        return SimResponse.Xml(200, SruRecordXml.Response(found, start, maximum, diagnostics));
    }

    private bool Unlisted => World.Faults.IsActive(PlanFaults.F3);

    /// <summary>Any publication: only to ask whether a clause's index is known.</summary>
    private static readonly Bekendmaking Sample = new("x", "", "", null, "", "", "0000");

    private static SimResponse Failed(string uri, string details, string message) =>
        SimResponse.Xml(200, SruRecordXml.Failed([SruRecordXml.Diagnostic(uri, details, message)]));

    private static bool Number(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= (fallback == 1 ? 1 : 0));
    }
}
