using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Simulators.Vth;

/// <summary>
/// Looks into a VTH system the way a ZGW client does: the zaak with kenmerk (bron DSO) equal to the
/// verzoeknummer, its zaakeigenschappen, its zaakinformatieobjecten and their documents (with the
/// SHA-256 of <c>integriteit</c>), plus the letters in <c>/berichten</c> (our design; ZGW has no
/// such resource). The chain's driver of the simulated VTH system, and of a behandeldienst's.
/// </summary>
public sealed class ZgwVthSystem(Func<Uri> baseUrl) : IVthSystem, IBehandeldienstSystem
{
    private string Base => baseUrl().ToString().TrimEnd('/');

    public async Task<VthZaak?> FindZaakAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        var page = await GetAsync($"{Base}/zaken/api/v1/zaken", cancellationToken).ConfigureAwait(false);
        var zaak = (page?["results"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(z =>
            (z["kenmerken"] as JsonArray ?? []).Any(k => Text(k, "bron") == ZgwRepresentation.KenmerkBron && Text(k, "kenmerk") == verzoeknummer));
        if (zaak is null || Text(zaak, "url") is not { } url)
        {
            return null;
        }

        var eigenschappen = await GetAsync($"{url}/zaakeigenschappen", cancellationToken).ConfigureAwait(false) as JsonArray ?? [];
        var relaties = await GetAsync($"{Base}/zaken/api/v1/zaakinformatieobjecten?zaak={Uri.EscapeDataString(url)}", cancellationToken).ConfigureAwait(false) as JsonArray ?? [];
        var bijlagen = new List<ZaakBijlage>();
        foreach (var href in relaties.Select(r => Text(r, "informatieobject")).OfType<string>())
        {
            if (await GetAsync(href, cancellationToken).ConfigureAwait(false) is JsonObject io)
            {
                bijlagen.Add(new ZaakBijlage(
                    Text(io, "bestandsnaam") ?? "",
                    Text(io, "vertrouwelijkheidaanduiding") is not ("openbaar" or "beperkt_openbaar" or null),
                    io["bestandsomvang"]?.GetValue<long>() ?? -1,
                    Text(io["integriteit"], "algoritme") == "sha_256" ? Text(io["integriteit"], "waarde") : null));
            }
        }

        return new VthZaak(
            Text(zaak, "identificatie") ?? "",
            verzoeknummer,
            Text(zaak, "omschrijving") ?? "",
            [.. eigenschappen.Select(e => new Antwoord(Text(e, "naam") ?? "", Text(e, "waarde") ?? ""))],
            bijlagen);
    }

    public async Task<Ontvangstbevestiging?> FindOntvangstbevestigingAsync(string zaakIdentificatie, CancellationToken cancellationToken)
    {
        var berichten = await GetAsync($"{Base}/berichten?zaak={Uri.EscapeDataString(zaakIdentificatie)}", cancellationToken).ConfigureAwait(false) as JsonArray ?? [];
        return berichten.OfType<JsonObject>().FirstOrDefault() is not { } b ? null : new Ontvangstbevestiging(
            Text(b, "verzoeknummer") ?? "",
            Text(b, "projectnaam") ?? "",
            [.. (b["bijlagen"] as JsonArray ?? []).Select(n => n?.GetValue<string>() ?? "")],
            Text(b, "ontvanger") ?? "",
            new Postadres(Text(b["correspondentieadres"], "straat") ?? "", Text(b["correspondentieadres"], "huisnummer") ?? "", Text(b["correspondentieadres"], "postcode") ?? "", Text(b["correspondentieadres"], "woonplaats") ?? ""));
    }

    private static async Task<JsonNode?> GetAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await SimulatorHttp.Client.GetAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken).ConfigureAwait(false)
            : null;
    }

    private static string? Text(JsonNode? node, string name) => JsonFields.Optional(node, name);
}
