using System.Net;
using System.Text.Json;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step10AanvraagNaarBehandeldienst;

/// <summary>
/// What pre-productie's Behandeldienstconfiguraties v1 (contracts/behandeldienstconfiguraties) says the municipality
/// lets the behandeldienst handle: the activities of its configurations whose behandeldienst is that OIN
/// (<c>*</c> = the top of the functional structure, every activity). Null when the API cannot be read; step 10
/// then falls back to the profile's list and says so.
/// </summary>
public static class GeconfigureerdeRouting
{
    public const string AlleActiviteiten = "*";

    /// <summary><c>GET behandeldienstconfiguraties</c> on behalf of the bevoegd gezag <paramref name="oin"/>.</summary>
    public static RestRequest Lijst(string oin) => new RestRequest("behandeldienstconfiguraties").AddHeader(PkioIdentity.OinHeader, oin);

    /// <summary>The configured activities for <paramref name="behandeldienstOin"/>, or null with what was seen instead.</summary>
    public static async Task<(IReadOnlyList<string>? Activiteiten, Bilingual? Problem)> ReadAsync(StepContext context, string behandeldienstOin, CancellationToken cancellationToken)
    {
        if (!context.Endpoints.Has(DsoEndpoint.Behandeldienstconfiguraties))
        {
            return (null, RoutingTexts.NoEndpoint(DsoEndpoint.Behandeldienstconfiguraties));
        }

        var response = await context.SendAsync(DsoEndpoint.Behandeldienstconfiguraties, Lijst(context.Profile.Municipality.Oin), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK || response.Content is null)
        {
            return (null, Bilingual.Same("Behandeldienstconfiguraties ") + ResponseText.Describe(response));
        }

        try
        {
            using var document = JsonDocument.Parse(response.Content);
            var items = JsonRead.Child(document.RootElement, "_embedded") is { } embedded
                ? JsonRead.Items(embedded, "behandeldienstconfiguraties")
                : Enumerable.Empty<JsonElement>();
            return ([.. items
                .Where(c => JsonRead.Child(c, "behandeldienst") is { } od && JsonRead.Text(od, "oin") == behandeldienstOin)
                .Select(c => JsonRead.Child(c, "activiteit") is { } a ? JsonRead.Text(a, "identificatie") : null)
                .OfType<string>()], null);
        }
        catch (JsonException)
        {
            return (null, RoutingTexts.NotJson);
        }
    }

    public static bool Covers(IReadOnlyList<string> configured, string activiteit) =>
        configured.Contains(AlleActiviteiten, StringComparer.Ordinal) || configured.Contains(activiteit, StringComparer.Ordinal);
}
