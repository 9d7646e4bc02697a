using System.Globalization;
using RestSharp;

namespace ChainHarness.Engine.Rtr;

/// <summary>The RTR gegevens v2 requests the rules steps make, always as of a date.</summary>
public static class RtrRequests
{
    public static RestRequest Activities(DateOnly datum, string bevoegdGezagCode) =>
        new RestRequest("/activiteiten")
            .AddQueryParameter("datum", Date(datum))
            .AddQueryParameter("organisatieCode", OrganisatieCode.WithoutPrefix(bevoegdGezagCode))
            .AddQueryParameter("size", "200");

    public static RestRequest ToepasbareRegels(string functioneleStructuurRef, DateOnly datum) =>
        new RestRequest("/toepasbareRegels")
            .AddQueryParameter("functioneleStructuurRef", functioneleStructuurRef)
            .AddQueryParameter("datum", Date(datum));

    public static RestRequest Werkzaamheden(DateOnly datum) =>
        new RestRequest("/werkzaamheden").AddQueryParameter("datum", Date(datum)).AddQueryParameter("size", "200");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
