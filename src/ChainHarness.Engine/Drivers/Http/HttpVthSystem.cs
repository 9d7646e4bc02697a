using System.Globalization;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// A VTH (case) system driven through the supplier's API (steps 9a and 9b; for the omgevingsdienst's
/// system, step 10). Operations, what they are given and what they must capture:
/// <list type="bullet">
/// <item><c>FindZaak</c> (given <c>${verzoeknummer}</c>): <c>identificatie</c> (absent: no zaak yet; let the call
/// accept 404 with <c>ExpectStatus</c>), optional <c>omschrijving</c>, the lists <c>antwoordVraag</c>/<c>antwoordWaarde</c>
/// and <c>bijlageNaam</c>/<c>bijlageVertrouwelijk</c>/<c>bijlageOmvang</c>/<c>bijlageSha256</c> (one item per answer or attachment).</item>
/// <item><c>FindOntvangstbevestiging</c> (given <c>${zaakIdentificatie}</c>): <c>verzoeknummer</c> (absent: none sent yet),
/// <c>projectnaam</c>, <c>bijlagen</c> (list), <c>ontvanger</c>, <c>straat</c>, <c>huisnummer</c>, <c>postcode</c>, <c>woonplaats</c>.</item>
/// </list>
/// </summary>
public sealed class HttpVthSystem(string software, HttpDriverOptions options, ProfileOptions profile, TimeProvider time, Engine.Http.HttpTransport? transport = null, IReadOnlyDictionary<string, Uri>? national = null)
    : HttpPort(software, options, profile, time, transport, national), IVthSystem, IBehandeldienstSystem
{
    public const string FindZaak = "FindZaak";

    public const string FindOntvangstbevestiging = "FindOntvangstbevestiging";

    private static readonly string[] ZaakCaptures =
        ["identificatie", "omschrijving", "antwoordVraag", "antwoordWaarde", "bijlageNaam", "bijlageVertrouwelijk", "bijlageOmvang", "bijlageSha256"];

    private static readonly string[] BevestigingCaptures =
        ["verzoeknummer", "projectnaam", "bijlagen", "ontvanger", "straat", "huisnummer", "postcode", "woonplaats"];

    public async Task<VthZaak?> FindZaakAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        await RunAsync(FindZaak, new Dictionary<string, string?> { ["verzoeknummer"] = verzoeknummer }, ZaakCaptures, cancellationToken).ConfigureAwait(false);
        if (Values.Text("identificatie") is not { Length: > 0 } identificatie)
        {
            return null;
        }

        var vragen = Values.List("antwoordVraag");
        var waarden = Values.List("antwoordWaarde");
        var namen = Values.List("bijlageNaam");
        var vertrouwelijk = Values.List("bijlageVertrouwelijk");
        var omvang = Values.List("bijlageOmvang");
        var sha = Values.List("bijlageSha256");
        return new VthZaak(
            identificatie,
            verzoeknummer,
            Values.Text("omschrijving") ?? "",
            [.. vragen.Select((vraag, i) => new Antwoord(vraag, i < waarden.Count ? waarden[i] : ""))],
            [.. namen.Select((naam, i) => new ZaakBijlage(
                naam,
                i < vertrouwelijk.Count && IsTrue(vertrouwelijk[i]),
                i < omvang.Count && long.TryParse(omvang[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : -1,
                i < sha.Count && sha[i].Length > 0 ? sha[i] : null))]);
    }

    public async Task<Ontvangstbevestiging?> FindOntvangstbevestigingAsync(string zaakIdentificatie, CancellationToken cancellationToken)
    {
        await RunAsync(FindOntvangstbevestiging, new Dictionary<string, string?> { ["zaakIdentificatie"] = zaakIdentificatie }, BevestigingCaptures, cancellationToken).ConfigureAwait(false);
        if (Values.Text("verzoeknummer") is not { Length: > 0 } verzoeknummer)
        {
            return null;
        }

        return new Ontvangstbevestiging(
            verzoeknummer,
            Values.Text("projectnaam") ?? "",
            Values.List("bijlagen"),
            Values.Text("ontvanger") ?? "",
            new Postadres(Values.Text("straat") ?? "", Values.Text("huisnummer") ?? "", Values.Text("postcode") ?? "", Values.Text("woonplaats") ?? ""));
    }
}
