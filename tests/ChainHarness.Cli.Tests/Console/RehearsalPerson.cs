using System.Text.RegularExpressions;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Cli.Tests.Console;

/// <summary>
/// The municipality's person at the terminal, scripted: works the plan software (the stand-in's simulated one) as the
/// Dutch instructions say and types what it shows, and reads the VTH system (the stand-in's) to answer what the
/// harness asks about the zaak and the ontvangstbevestiging. Looks until the software shows something, as a person does.
/// </summary>
internal sealed partial class RehearsalPerson(PseudoTerminal terminal, IPlanSoftware planSoftware, IVthSystem vth, string dropFolder)
{
    /// <summary>Steps 1–3: exports the change into the drop folder, sends it for validation and for publication, reads the status.</summary>
    public async Task WorkPlanSoftwareAsync(CancellationToken ct)
    {
        await ExpectAsync("Pad van het ZIP-bestand", ct);
        var delivery = await planSoftware.ProduceChangeAsync(ct);
        await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(dropFolder).FullName, "export.zip"), delivery.Zip, ct);
        await terminal.TypeLineAsync("");
        await ExpectAsync("Welk idLevering", ct);
        await terminal.TypeLineAsync((await planSoftware.SubmitAsync(delivery, OpdrachtSoort.Validatie, ct)).IdLevering);
        await ExpectAsync("Welk idLevering", ct, nth: 2);
        await terminal.TypeLineAsync((await planSoftware.SubmitAsync(delivery, OpdrachtSoort.Publicatie, ct)).IdLevering);
        await ExpectAsync("Welke status toont uw plansoftware", ct);
        await terminal.TypeLineAsync("gepubliceerd");
    }

    /// <summary>Steps 9a and 9b: finds the zaak for the verzoek named on screen, then its ontvangstbevestiging, and types what they show.</summary>
    public async Task ReadVthSystemAsync(CancellationToken ct)
    {
        await ExpectAsync("Welk zaaknummer", ct);
        var verzoeknummer = Verzoeknummer().Match(terminal.Screen).Groups[1].Value;
        var zaak = await LookAsync(() => vth.FindZaakAsync(verzoeknummer, ct), ct);
        await terminal.TypeLineAsync(zaak.Identificatie);
        await AnswerAsync("Welke omschrijving", zaak.Omschrijving, ct);
        await AnswerAsync("Welke bijlagen staan", string.Join(", ", zaak.Bijlagen.Select(b => (b.Vertrouwelijk ? "*" : "") + b.Bestandsnaam)), ct);
        await AnswerAsync("Welke antwoorden", string.Join("; ", zaak.Antwoorden.Select(a => $"{a.VraagId}={a.Waarde}")), ct);

        await ExpectAsync("in de ontvangstbevestiging van zaak", ct);
        var bevestiging = await LookAsync(() => vth.FindOntvangstbevestigingAsync(zaak.Identificatie, ct), ct);
        await terminal.TypeLineAsync(bevestiging.Verzoeknummer);
        var adres = bevestiging.Correspondentieadres;
        await AnswerAsync("Welke projectnaam", bevestiging.Projectnaam, ct);
        await AnswerAsync("Aan wie", bevestiging.Ontvanger, ct);
        await AnswerAsync("Naar welk adres", $"{adres.Straat}; {adres.Huisnummer}; {adres.Postcode}; {adres.Woonplaats}", ct);
        await AnswerAsync("Welke bijlagen noemt", string.Join(", ", bevestiging.Bijlagen), ct);
    }

    private async Task AnswerAsync(string question, string answer, CancellationToken ct)
    {
        await ExpectAsync(question, ct);
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
