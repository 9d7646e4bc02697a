using System.Net;
using System.Text.Json;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step10AanvraagNaarBehandeldienst;

/// <summary>
/// What Verzoek afhandelen addressed to the bevoegd gezag itself: the samenvatting of its part of a
/// verzoek, fetched with the municipality's own OIN. A 403 that says the verzoek is not addressed to
/// this OIN means no part is; any other 403 is an authorisation problem.
/// </summary>
public static class AfhandelenDeel
{
    /// <summary>The OW ids of the activities in the bevoegd gezag's own part (empty when it has none), or null with the problem and its finding.</summary>
    public static async Task<(IReadOnlyList<string>? ActiviteitIds, string? Problem, Finding? Finding)> VanBevoegdGezagAsync(
        StepContext context, string verzoeknummer, CancellationToken cancellationToken)
    {
        var request = Samenvatting(verzoeknummer, context.Profile.Municipality.Oin);
        var response = await context.SendAsync(DsoEndpoint.Afhandelen, request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Forbidden && NotAddressed(response.Content))
        {
            // Observed, not assumed: the refusal says the verzoek has no part for this OIN.
            return ([], null, null);
        }

        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return (null, $"Verzoek afhandelen {ResponseText.Describe(response).English}; the refusal does not say the verzoek has no part for OIN {context.Profile.Municipality.Oin}, so this is an authorisation problem (key, certificate or OIN), not a routing outcome", null);
        }

        if (response.StatusCode != HttpStatusCode.OK || response.Content is null)
        {
            return (null, $"Verzoek afhandelen {ResponseText.Describe(response).English}", ResponseText.Finding(response));
        }

        using var document = JsonDocument.Parse(response.Content);
        return ([.. JsonRead.Items(document.RootElement, "activiteitIds").Select(e => e.GetString() ?? "")], null, null);
    }

    /// <summary>The 403's detail says the verzoek is not addressed to this OIN (its uitvoerende instanties only).</summary>
    private static bool NotAddressed(string? content) =>
        content is not null && content.Contains("is not addressed to OIN", StringComparison.Ordinal);

    /// <summary><c>GET verzoeken/{verzoeknummer}/samenvatting</c> on behalf of <paramref name="oin"/> (contracts/verzoek-afhandelen).</summary>
    public static RestRequest Samenvatting(string verzoeknummer, string oin) =>
        new RestRequest($"verzoeken/{Uri.EscapeDataString(verzoeknummer)}/samenvatting").AddHeader(PkioIdentity.OinHeader, oin);
}
