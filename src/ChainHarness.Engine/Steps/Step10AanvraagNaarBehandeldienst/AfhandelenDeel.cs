using System.Net;
using System.Text.Json;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step10AanvraagNaarBehandeldienst;

/// <summary>
/// What Verzoek afhandelen addressed to the bevoegd gezag itself: the samenvatting of its part of a
/// verzoek, fetched with the municipality's own OIN. A 403 whose problem type is "not addressed"
/// (<see cref="ProblemTypes.NietGeadresseerd"/>, contracts/verzoek-afhandelen) means no part is; any other
/// 403 is an authorisation problem. Keyed on status and type, never on the detail's words.
/// </summary>
public static class AfhandelenDeel
{
    /// <summary>The OW ids of the activities in the bevoegd gezag's own part (empty when it has none), or null with the problem, its finding and whom it names (its own credentials: the municipality).</summary>
    public static async Task<(IReadOnlyList<string>? ActiviteitIds, Bilingual? Problem, Finding? Finding, Bilingual? Owner)> VanBevoegdGezagAsync(
        StepContext context, string verzoeknummer, CancellationToken cancellationToken)
    {
        var request = Samenvatting(verzoeknummer, context.Profile.Municipality.Oin);
        var response = await context.SendAsync(DsoEndpoint.Afhandelen, request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Forbidden && ProblemTypes.Of(response.Content) == ProblemTypes.NietGeadresseerd)
        {
            // Observed, not assumed: the refusal says the verzoek has no part for this OIN.
            return ([], null, null, null);
        }

        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return (null, Texts.BehandeldienstTexts.Unauthorised(ResponseText.Describe(response), context.Profile.Municipality.Oin), null, LikelyOwner.BevoegdGezag);
        }

        if (response.StatusCode != HttpStatusCode.OK || response.Content is null)
        {
            return (null, Texts.BehandeldienstTexts.Refused(ResponseText.Describe(response)), ResponseText.Finding(response), ResponseText.Owner(response));
        }

        using var document = JsonDocument.Parse(response.Content);
        return ([.. JsonRead.Items(document.RootElement, "activiteitIds").Select(e => e.GetString() ?? "")], null, null, null);
    }

    /// <summary><c>GET verzoeken/{verzoeknummer}/samenvatting</c> on behalf of <paramref name="oin"/> (contracts/verzoek-afhandelen).</summary>
    public static RestRequest Samenvatting(string verzoeknummer, string oin) =>
        new RestRequest($"verzoeken/{Uri.EscapeDataString(verzoeknummer)}/samenvatting").AddHeader(PkioIdentity.OinHeader, oin);
}
