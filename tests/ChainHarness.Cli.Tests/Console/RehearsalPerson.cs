using System.Text.RegularExpressions;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Lvbb.Ebms;
using ChainHarness.Simulators.World;

namespace ChainHarness.Cli.Tests.Console;

/// <summary>
/// The municipality's person at the terminal, scripted: works the plan software (the stand-in's simulated one) as the
/// Dutch instructions say and types what it shows; reads a VTH system (the stand-in's) to answer what the harness
/// asks about the zaak and the ontvangstbevestiging; and works the case handler's and the partner's software in the
/// SWF. Looks until the software shows something, as a person does. With <paramref name="lvbb"/> and
/// <paramref name="verslagFolder"/> the person also saves each verzoekresultaat the plan software received from the LVBB
/// into the verslag folder (pre-productie's LVBB answers the plan software over ebMS, never the harness).
/// </summary>
internal sealed partial class RehearsalPerson(PseudoTerminal terminal, ChainServices software, string dropFolder, LvbbState? lvbb = null, string? verslagFolder = null)
{
    /// <summary>Steps 1–3: exports the change into the drop folder, sends it for validation and for publication, reads the status.</summary>
    public async Task WorkPlanSoftwareAsync(CancellationToken ct)
    {
        var planSoftware = software.Require<IPlanSoftware>();
        await ExpectAsync("Pad van het ZIP-bestand", ct);
        var delivery = await planSoftware.ProduceChangeAsync(ct);
        await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(dropFolder).FullName, "export.zip"), delivery.Zip, ct);
        await terminal.TypeLineAsync("");
        await ExpectAsync("Welk idLevering", ct);
        var validatie = (await planSoftware.SubmitAsync(delivery, OpdrachtSoort.Validatie, ct)).IdLevering;
        await terminal.TypeLineAsync(validatie);
        await SaveVerzoekresultaatAsync(validatie, "validatieVerzoek", ct);
        await ExpectAsync("Welk idLevering", ct, nth: 2);
        var publicatie = (await planSoftware.SubmitAsync(delivery, OpdrachtSoort.Publicatie, ct)).IdLevering;
        await terminal.TypeLineAsync(publicatie);
        await SaveVerzoekresultaatAsync(publicatie, "publicatieVerzoek", ct);
        await ExpectAsync("Welke status toont uw plansoftware", ct);
        await terminal.TypeLineAsync("gepubliceerd");
    }

    /// <summary>
    /// Steps 9a and 9b (<paramref name="nth"/> 1, the municipality's system) or 10 (2, the behandeldienst's): finds the zaak for
    /// the verzoek named on screen, then its ontvangstbevestiging, and types what they show.
    /// </summary>
    public async Task ReadVthSystemAsync(IVthSystem vth, int nth, CancellationToken ct)
    {
        await ExpectAsync("Welk zaaknummer", ct, nth);
        var verzoeknummer = Verzoeknummer().Match(terminal.Screen).Groups[1].Value;
        var zaak = await LookAsync(() => vth.FindZaakAsync(verzoeknummer, ct), ct);
        await terminal.TypeLineAsync(zaak.Identificatie);
        await AnswerAsync("Welke omschrijving", zaak.Omschrijving, nth, ct);
        await AnswerAsync("Welke bijlagen staan", string.Join(", ", zaak.Bijlagen.Select(b => (b.Vertrouwelijk ? "*" : "") + b.Bestandsnaam)), nth, ct);
        await AnswerAsync("Welke antwoorden", string.Join("; ", zaak.Antwoorden.Select(a => $"{a.VraagId}={a.Waarde}")), nth, ct);

        await ExpectAsync("in de ontvangstbevestiging van zaak", ct, nth);
        var bevestiging = await LookAsync(() => vth.FindOntvangstbevestigingAsync(zaak.Identificatie, ct), ct);
        await terminal.TypeLineAsync(bevestiging.Verzoeknummer);
        var adres = bevestiging.Correspondentieadres;
        await AnswerAsync("Welke projectnaam", bevestiging.Projectnaam, nth, ct);
        await AnswerAsync("Aan wie", bevestiging.Ontvanger, nth, ct);
        await AnswerAsync("Naar welk adres", $"{adres.Straat}; {adres.Huisnummer}; {adres.Postcode}; {adres.Woonplaats}", nth, ct);
        await AnswerAsync("Welke bijlagen noemt", string.Join(", ", bevestiging.Bijlagen), nth, ct);
    }

    /// <summary>Step 11: the case handler starts the samenwerking the instruction describes; the partner opens it and completes the actieverzoek.</summary>
    public async Task WorkSamenwerkingAsync(PartyOptions partner, CancellationToken ct)
    {
        await ExpectAsync("Stap 11: Start in uw zaaksysteem", ct);
        var verzoeknummer = Verzoeknummer().Match(terminal.Screen).Groups[1].Value;
        var documents = new SharedDocument[] { new("Situatietekening.pdf", SharedDocument.RegulierVertrouwelijk), new("Constructieberekening.pdf", SharedDocument.StriktVertrouwelijk) };
        await software.Require<ICaseHandler>().StartCollaborationAsync(
            new CollaborationPlan(verzoeknummer, "Advies", partner.Name, partner.Oin, partner.Privilege, documents, "Geef advies over de aanvraag, binnen de termijn."), ct);
        await ExpectAsync($"Stap 11 ({partner.Name}): open", ct);
        await software.Require<ICollaborationPartner>().TakePartAsync(verzoeknummer, ct);
    }

    /// <summary>
    /// What the plan software received over ebMS once the LVBB is done, saved as a person saves it: the final
    /// VerzoekResultaat XML as the transport XSD defines it, named after the idLevering.
    /// </summary>
    private async Task SaveVerzoekresultaatAsync(string idLevering, string verzoek, CancellationToken ct)
    {
        if (lvbb is null || verslagFolder is null)
        {
            return;
        }

        var verslag = await LookAsync(() => Task.FromResult(lvbb.Opdrachten.FirstOrDefault(o => o.IdLevering == idLevering)?.Verslag), ct);
        var xml = VerzoekResultaatXml.Final(LvbbVerzoek.Find(verzoek, LvbbVerzoek.Versie120)!, verslag);
        await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(verslagFolder).FullName, $"{idLevering}-uitkomst.xml"), xml, ct);
    }

    private async Task AnswerAsync(string question, string answer, int nth, CancellationToken ct)
    {
        await ExpectAsync(question, ct, nth);
        await terminal.TypeLineAsync(answer);
    }

    private async Task ExpectAsync(string question, CancellationToken ct, int nth = 1)
    {
        if (!await terminal.WaitForAsync(question, nth, ct))
        {
            Assert.Fail($"The terminal never asked '{question}':\n{terminal.Screen}");
        }
    }

    /// <summary>Looks in the software until it shows something (the DSO's notification and the intake run in the background).</summary>
    private static async Task<T> LookAsync<T>(Func<Task<T?>> look, CancellationToken ct)
        where T : class
    {
        while (true)
        {
            if (await look() is { } seen)
            {
                return seen;
            }

            await Task.Delay(100, ct);
        }
    }

    [GeneratedRegex(@"Welk zaaknummer heeft de zaak voor verzoek ([0-9]{13})")]
    private static partial Regex Verzoeknummer();
}
