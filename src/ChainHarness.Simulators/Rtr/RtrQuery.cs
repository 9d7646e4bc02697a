using System.Globalization;
using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// The common query parameters of the RTR APIs: <c>datum</c> as <c>dd-MM-yyyy</c> (default today; an ISO
/// date is refused with 400, [seen] format, refusal [guess]), <c>page</c> (1-based) and <c>pageSize</c> (at most 200).
/// </summary>
internal sealed record RtrQuery(DateOnly Datum, int Page, int Size)
{
    public static bool TryRead(SimRequest request, DateOnly today, out RtrQuery query, out SimResponse? problem)
    {
        query = new RtrQuery(today, 1, 20);
        problem = null;
        var datum = request.Query("datum");
        if (datum is not null && !DateOnly.TryParseExact(datum, "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            problem = Invalid("datum", $"'{datum}' is not a date (dd-MM-yyyy)");
            return false;
        }

        if (!TryNumber(request.Query("page"), 1, out var page) || !TryNumber(request.Query("pageSize"), 20, out var size) || size > 200)
        {
            problem = Invalid("pageSize", "page and pageSize are whole numbers from 1 (pageSize at most 200)");
            return false;
        }

        query = new RtrQuery(today, page, size);
        return true;
    }

    public static SimResponse Invalid(string name, string reason) =>
        SimResponse.Problem(400, "Bad Request", $"RTR: {reason}.", [new { name, reason }]);

    private static bool TryNumber(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1);
    }
}
