using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ChainHarness.Simulators.Afhandelen;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Vth;

/// <summary>
/// What the simulated VTH system does with a verzoeknotificatie: fetch the verzoekreferenties over
/// HTTP as its own OIN, read and validate the STAM XML (refusing one that does not satisfy the
/// schema), fetch the PDF and every attachment, open a zaak that keeps every answer and attachment,
/// and send the applicant an ontvangstbevestiging. F16 and F17 break this the way werkplaatsen saw.
/// Over TLS (<paramref name="connections"/> with the test CA) it presents a certificate for its own OIN.
/// </summary>
public sealed class VthIntake(SimulatedWorld world, Partij eigenaar, VthState state, PartyConnections? connections = null)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Handles one notification; notifications are handled one at a time, in the order they arrive. Announces when done, whatever came of it.</summary>
    public async Task ProcessAsync(string verzoeknummer, string doel, Uri referenties)
    {
        await _oneAtATime.WaitAsync().ConfigureAwait(false);
        try
        {
            await IntakeAsync(verzoeknummer, doel, referenties).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
            world.Events.Announce();
        }
    }

    public void Refuse(string verzoeknummer, string reden) => state.Refuse(new VthWeigering(verzoeknummer, reden, world.Time.GetUtcNow()));

    private async Task IntakeAsync(string verzoeknummer, string doel, Uri referenties)
    {
        var refs = await GetAsync(referenties, c => c.ReadFromJsonAsync<JsonObject>()).ConfigureAwait(false);
        var links = refs?["_links"];
        var xml = await GetAsync(Href(links?["stam"]), c => c.ReadAsStringAsync()).ConfigureAwait(false);
        var read = StamReader.Read(xml);
        if (!read.Valid)
        {
            Refuse(verzoeknummer, "het STAM-verzoek voldoet niet aan het schema: " + string.Join("; ", read.Errors));
            return;
        }

        var stam = read.Verzoek!;
        if (stam.Verzoeknummer != verzoeknummer || stam.UitvoerendeInstantie.Oin != eigenaar.Oin)
        {
            Refuse(verzoeknummer, $"het STAM-verzoek is {stam.Verzoeknummer} voor OIN {stam.UitvoerendeInstantie.Oin}, niet {verzoeknummer} voor dit systeem");
            return;
        }

        if (state.FindByVerzoeknummer(verzoeknummer) is { } existing)
        {
            state.Save(existing with { Ingetrokken = existing.Ingetrokken || doel == StamDoel.Intrekken });
            return;
        }

        var pdf = await GetAsync(Href(links?["pdf"]), c => c.ReadAsByteArrayAsync()).ConfigureAwait(false);
        var documenten = new List<ZaakDocument> { Document(new Bijlage("pdf", $"verzoek-{verzoeknummer}.pdf", "Aanvraagformulier", "application/pdf", false, pdf.Length, Sha256(pdf)), pdf) };
        foreach (var bijlage in stam.Bijlagen.Where(b => !(b.Vertrouwelijk && world.Faults.IsActive(LoketFaults.F16))))
        {
            var link = (links?["bijlagen"] as JsonArray ?? []).FirstOrDefault(l => l?["href"]?.GetValue<string>().EndsWith("/" + bijlage.DocumentId, StringComparison.Ordinal) == true);
            var inhoud = await GetAsync(Href(link), c => c.ReadAsByteArrayAsync()).ConfigureAwait(false);
            documenten.Add(Document(bijlage, inhoud));
        }

        var zaak = new Zaak(
            Guid.NewGuid().ToString("D"),
            state.NextZaakIdentificatie(world.Today),
            verzoeknummer,
            stam.Projectnaam,
            world.Today,
            stam.Locatie,
            stam.Initiatiefnemer,
            [.. stam.Activiteiten.SelectMany(a => a.Specificaties)],
            documenten) { Ingetrokken = doel == StamDoel.Intrekken };
        state.Save(zaak);
        if (!(world.Faults.IsActive(PartnerFaults.F19) && eigenaar.Oin != world.Profile.Municipality.Oin))
        {
            state.Send(Ontvangstbevestiging(zaak));
        }
    }

    private VthBericht Ontvangstbevestiging(Zaak zaak)
    {
        var wrong = world.Faults.IsActive(LoketFaults.F17);
        var raadhuis = new Adres("Raadhuisplein", "1", "9999 ZZ", world.Profile.Municipality.Name);
        return new VthBericht(
            zaak.Identificatie,
            wrong ? zaak.Identificatie : zaak.Verzoeknummer,
            wrong ? "Omgevingsvergunning" : zaak.Omschrijving,
            [.. zaak.Documenten.Where(d => d.Bijlage.DocumentId != "pdf").Select(d => d.Bijlage.Bestandsnaam)],
            zaak.Initiatiefnemer.Naam,
            wrong ? raadhuis : zaak.Initiatiefnemer.Correspondentieadres,
            world.Time.GetUtcNow());
    }

    private async Task<T> GetAsync<T>(Uri url, Func<HttpContent, Task<T>> read)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(AfhandelenSimulator.ClientOinHeader, eigenaar.Oin);
        using var response = await (connections ?? PartyConnections.Plain).For(eigenaar.Oin).SendAsync(request).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url.AbsolutePath} antwoordde {(int)response.StatusCode}");
        }

        return await read(response.Content).ConfigureAwait(false);
    }

    private static Uri Href(JsonNode? link) =>
        link?["href"]?.GetValue<string>() is { } href && Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.IsLoopback
            ? uri
            : throw new HttpRequestException("de verzoekreferenties missen een loopback-link die het nodig heeft");

    private static ZaakDocument Document(Bijlage bijlage, byte[] inhoud) => new(Guid.NewGuid().ToString("D"), bijlage, inhoud);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
