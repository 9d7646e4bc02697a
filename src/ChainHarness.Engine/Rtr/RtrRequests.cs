using System.Globalization;
using RestSharp;

namespace ChainHarness.Engine.Rtr;

/// <summary>
/// The RTR requests the rules steps make, always as of a date: RTR gegevens v2 (<c>activiteiten</c>,
/// <c>werkzaamheden</c>) and toepasbareregelsuitvoerengegevens v1 (<c>toepasbareRegels</c>). On the wire
/// <c>datum</c> is <c>dd-MM-yyyy</c> and paging is <c>page</c> + <c>pageSize</c> [seen].
/// </summary>
public static class RtrRequests
{
    public static RestRequest Activities(DateOnly datum, string bevoegdGezagCode) =>
        new RestRequest("activiteiten")
            .AddQueryParameter("datum", WireDate(datum))
            .AddQueryParameter("organisatieCode", OrganisatieCode.WithoutPrefix(bevoegdGezagCode))
            .AddQueryParameter("pageSize", "200");

    /// <summary>For the <c>UitvoerenGegevens</c> endpoint (toepasbareregelsuitvoerengegevens v1).</summary>
    public static RestRequest ToepasbareRegels(string functioneleStructuurRef, DateOnly datum) =>
        new RestRequest("toepasbareRegels")
            .AddQueryParameter("functioneleStructuurRef", functioneleStructuurRef)
            .AddQueryParameter("datum", WireDate(datum));

    public static RestRequest Werkzaamheden(DateOnly datum) =>
        new RestRequest("werkzaamheden").AddQueryParameter("datum", WireDate(datum)).AddQueryParameter("pageSize", "200");

    /// <summary>A date as the RTR APIs take it: <c>dd-MM-yyyy</c> (e.g. <c>05-06-2026</c>) [seen].</summary>
    public static string WireDate(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date as the harness writes it in its own texts (ISO).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
