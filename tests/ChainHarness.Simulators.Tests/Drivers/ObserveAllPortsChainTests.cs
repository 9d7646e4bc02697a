using ChainHarness.Engine.Waiting;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Drivers;

/// <summary>
/// The rules software, the VTH system, the omgevingsdienst's system, the case handler and the
/// partner's software all observed: a person does in each (here: the simulated software, worked by a
/// script) what the Dutch instruction says and answers what they see; the harness watches the
/// drop folder, the national side (SWF) and the answers. Without a person each step fails saying what it waited for.
/// </summary>
public sealed partial class ObserveAllPortsChainTests : WithTempFolder
{
    private static readonly string[] Observed =
        [DriverOptions.RulesSoftware, DriverOptions.VthSystem, DriverOptions.BehandeldienstSystem, DriverOptions.CaseHandler, DriverOptions.CollaborationPartner];

    private string Drop => PathIn("export");

    [Test]
    public async Task RunAsync_PersonWorksEachObservedPort_AllFourteenStepsPass()
    {
        ChainServices simulated = null!;
        ProfileOptions profile = Profile(TimeSpan.FromSeconds(10));
        var person = new ActingOperator(instruction => Act(instruction, simulated, profile), question => Answer(question, simulated));

        var result = await LocalChain.RunAsync(profile, arrange: simulation =>
        {
            simulated = Copy(simulation.Services);
            simulation.Services.Add<IOperator>(person);
        });

        Assert.That(result.Steps.Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        Assert.That(person.Said, Has.Some.StartsWith("Stap 5: Maak activiteit").And.Some.StartsWith("Stap 7: Exporteer")
            .And.Some.StartsWith("Stap 11: Start in uw zaaksysteem").And.Some.Contains("Welk zaaknummer"));
    }

    [Test]
    public async Task RunAsync_NobodyAtTheObservedPorts_EachStepFailsSayingWhatItWaitedFor()
    {
        var told = new List<string>();
        var profile = Profile(TimeSpan.FromSeconds(2));
        profile.FromActivity = "nl.imow-gm9999.activiteit.bruidsschatdakkapel";

        var result = await LocalChain.RunAsync(profile, arrange: simulation => simulation.Services.Add<IOperator>(new NonInteractiveOperator(told.Add)));

        Assert.That(result["5"].Outcome.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(result["5"].Outcome.Cause, Does.Contain("er verschenen geen STTR-bestanden (.dmn) in de map 'export'"));
        Assert.That(told, Has.Some.StartsWith("Stap 5: Maak activiteit nl.imow-gm9999.activiteit.bruidsschatdakkapel toepasbaar"));
    }

    private ProfileOptions Profile(TimeSpan deadline)
    {
        var profile = FastProfiles.LocalPartners();
        profile.Timing.StepDeadline = deadline;
        foreach (var port in Observed)
        {
            profile.Drivers[port] = new DriverOptions { Mode = DriverMode.Observe, Observe = new ObserveDriverOptions { DropFolder = Drop } };
        }

        Directory.CreateDirectory(Drop);
        return profile;
    }

    /// <summary>The simulated software, kept before the observe drivers replace it in the run's services: what the person works.</summary>
    private static ChainServices Copy(ChainServices services) => new ChainServices()
        .Add(services.Require<IRulesSoftware>()).Add(services.Require<IVthSystem>()).Add(services.Require<IBehandeldienstSystem>())
        .Add(services.Require<ICaseHandler>()).Add(services.Require<ICollaborationPartner>());

    private async Task Act(string instruction, ChainServices software, ProfileOptions profile)
    {
        if (instruction.StartsWith("Stap 5:", StringComparison.Ordinal))
        {
            var rules = await software.Require<IRulesSoftware>().MakeToepasbaarAsync(Word(instruction, "nl.imow-"), CancellationToken.None);
            foreach (var file in rules.Files)
            {
                await File.WriteAllTextAsync(Path.Combine(Drop, file.FileName), file.Xml);
            }

            _werkzaamheden = string.Join(", ", rules.Werkzaamheden);
            _rules = rules;
        }
        else if (instruction.StartsWith("Stap 7:", StringComparison.Ordinal))
        {
            var delivery = await software.Require<IRulesSoftware>().PrepareDeliveryAsync(_rules!, CancellationToken.None);
            await File.WriteAllBytesAsync(Path.Combine(Drop, $"{delivery.IdLevering}.zip"), delivery.Zip);
        }
        else if (instruction.StartsWith("Stap 11: Start", StringComparison.Ordinal))
        {
            var partner = profile.Collaboration!;
            await software.Require<ICaseHandler>().StartCollaborationAsync(
                new CollaborationPlan(Verzoeknummer().Match(instruction).Value, "Advies", partner.Name, partner.Oin, partner.Privilege,
                    [new("Situatietekening.pdf", SharedDocument.RegulierVertrouwelijk), new("Constructieberekening.pdf", SharedDocument.StriktVertrouwelijk)],
                    "Geef advies over de aanvraag, binnen de termijn."),
                CancellationToken.None);
        }
        else if (instruction.StartsWith("Stap 11 (", StringComparison.Ordinal))
        {
            await software.Require<ICollaborationPartner>().TakePartAsync(Verzoeknummer().Match(instruction).Value, CancellationToken.None);
        }
    }

    private string? _werkzaamheden;
    private ToepasbareRegelsSet? _rules;
    private Ontvangstbevestiging? _bevestiging;
    private VthZaak? _zaak;

    private async Task<string?> Answer(string question, ChainServices software)
    {
        if (question.StartsWith("Welke werkzaamheden", StringComparison.Ordinal))
        {
            return _werkzaamheden;
        }

        var od = question.Contains("Omgevingsdienst", StringComparison.Ordinal);
        IVthSystem vth = od ? software.Require<IBehandeldienstSystem>() : software.Require<IVthSystem>();
        if (question.Contains("Welk zaaknummer", StringComparison.Ordinal))
        {
            _zaak = await vth.FindZaakAsync(Verzoeknummer().Match(question).Value, CancellationToken.None);
            return _zaak?.Identificatie;
        }

        if (question.StartsWith("Welke omschrijving", StringComparison.Ordinal))
        {
            return _zaak!.Omschrijving;
        }

        if (question.StartsWith("Welke bijlagen staan", StringComparison.Ordinal))
        {
            return string.Join(", ", _zaak!.Bijlagen.Select(b => (b.Vertrouwelijk ? "*" : "") + b.Bestandsnaam));
        }

        if (question.StartsWith("Welke antwoorden", StringComparison.Ordinal))
        {
            return string.Join("; ", _zaak!.Antwoorden.Select(a => $"{a.VraagId}={a.Waarde}"));
        }

        return await Receipt(question, software);
    }

    private async Task<string?> Receipt(string question, ChainServices software)
    {
        if (question.Contains("ontvangstbevestiging van zaak", StringComparison.Ordinal))
        {
            IVthSystem vth = question.Contains("Omgevingsdienst", StringComparison.Ordinal) ? software.Require<IBehandeldienstSystem>() : software.Require<IVthSystem>();
            var b = _bevestiging = await vth.FindOntvangstbevestigingAsync(ZaakNummer().Match(question).Value, CancellationToken.None);
            return b?.Verzoeknummer;
        }

        var last = _bevestiging!;
        return question switch
        {
            _ when question.StartsWith("Welke projectnaam", StringComparison.Ordinal) => last.Projectnaam,
            _ when question.StartsWith("Aan wie", StringComparison.Ordinal) => last.Ontvanger,
            _ when question.StartsWith("Naar welk adres", StringComparison.Ordinal) =>
                $"{last.Correspondentieadres.Straat}; {last.Correspondentieadres.Huisnummer}; {last.Correspondentieadres.Postcode}; {last.Correspondentieadres.Woonplaats}",
            _ => string.Join(", ", last.Bijlagen),
        };
    }

    private static string Word(string text, string prefix) => text.Split(' ').First(w => w.StartsWith(prefix, StringComparison.Ordinal)).TrimEnd('?', '.', ',');

    [GeneratedRegex("[0-9]{13}")]
    private static partial Regex Verzoeknummer();

    [GeneratedRegex(@"(?<=zaak )\S+(?=\?)")]
    private static partial Regex ZaakNummer();
}
