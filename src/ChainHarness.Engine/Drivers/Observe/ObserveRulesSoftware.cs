using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Waiting;
using System.IO.Compression;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The rules-management software as a person works it (steps 5 and 7): the harness says in Dutch
/// what to do, then watches the drop folder for what the software exports: the STTR files (<c>.dmn</c>;
/// the kind from the file name: conclusie…, indieningsvereisten…, maatregel…) and the delivery ZIP
/// for Toepasbare regels aanleveren (idLevering and geldigBegindatum read from its opdracht).
/// </summary>
public sealed class ObserveRulesSoftware(IOperator person, ObserveDriverOptions options, ProfileOptions profile, TimeProvider time) : IRulesSoftware
{
    /// <summary>This driver in a cause, in the run's language.</summary>
    private static string Software => Texts.DriverTexts.Observed(DriverOptions.RulesSoftware);
    private readonly DropFolder _folder = new(options.DropFolder);

    /// <summary>How long to watch: most of the step's deadline, so the step still ends with what was (not) seen.</summary>
    private TimeSpan Wait => profile.Timing.StepDeadline * 0.8;

    public async Task<ToepasbareRegelsSet> MakeToepasbaarAsync(string activityId, CancellationToken cancellationToken)
    {
        var before = _folder.Snapshot("*.dmn");
        person.Tell($"Stap 5: Maak activiteit {activityId} toepasbaar in uw regelbeheersoftware en exporteer de STTR-bestanden (.dmn) naar de map '{_folder.Name}'. "
            + "Begin elke bestandsnaam met de soort: conclusie-, indieningsvereisten- of maatregelen-.");
        var files = await WaitAsync(before, "*.dmn", cancellationToken).ConfigureAwait(false);
        if (files.Count == 0)
        {
            throw DriverException.NoAnswer(Software, Texts.DriverTexts.NoSttrFiles(_folder.Name, Texts.LvbbTexts.Seconds(Wait)));
        }

        var sttr = files.Select(f => new SttrFile(Path.GetFileName(f), Kind(Path.GetFileName(f)), File.ReadAllText(f))).ToList();
        var answer = await person.AskAsync("Welke werkzaamheden heeft u aan de activiteit gekoppeld? (gescheiden door komma's)", cancellationToken).ConfigureAwait(false);
        var werkzaamheden = (answer ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ToepasbareRegelsSet(activityId, FunctioneleStructuurRef.For(activityId), sttr, werkzaamheden);
    }

    public async Task<RulesDelivery> PrepareDeliveryAsync(ToepasbareRegelsSet rules, CancellationToken cancellationToken)
    {
        var before = _folder.Snapshot("*.zip");
        person.Tell($"Stap 7: Exporteer in uw regelbeheersoftware de levering voor Toepasbare regels aanleveren van activiteit {rules.ActivityId} als ZIP-bestand naar de map '{_folder.Name}'.");
        var file = (await WaitAsync(before, "*.zip", cancellationToken).ConfigureAwait(false)).LastOrDefault()
            ?? throw DriverException.NoAnswer(Software, Texts.DriverTexts.NoRulesZip(_folder.Name, Texts.LvbbTexts.Seconds(Wait)));
        var zip = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        var (idLevering, begindatum) = Opdracht(zip);
        return new RulesDelivery(idLevering ?? Path.GetFileNameWithoutExtension(file), zip, begindatum);
    }

    private async Task<IReadOnlyList<string>> WaitAsync(Dictionary<string, DateTime> before, string pattern, CancellationToken cancellationToken)
    {
        var found = await new Poller(time).UntilAsync(
            _ => Task.FromResult(_folder.NewSince(before, pattern) is { Count: > 0 } files ? files : null),
            profile.Timing.PollInterval,
            Wait,
            cancellationToken).ConfigureAwait(false);
        return found.Value ?? [];
    }

    private static RegelbeheerobjectType Kind(string fileName) =>
        Enum.GetValues<RegelbeheerobjectType>().Cast<RegelbeheerobjectType?>()
            .FirstOrDefault(t => fileName.StartsWith(t.ToString()![..9], StringComparison.OrdinalIgnoreCase))
        ?? throw DriverException.Missing(Software, Texts.DriverTexts.SttrKind(fileName), Texts.DriverTexts.SttrKindHint);

    private static (string? IdLevering, DateOnly? Begindatum) Opdracht(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            var entry = archive.Entries.FirstOrDefault(e => e.Name.StartsWith("opdracht", StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return (null, null);
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (Stop.SafeXml.TryLoad(buffer.ToArray(), out _) is not { } document)
            {
                return (null, null);
            }

            var id = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "idLevering")?.Value;
            var datum = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "geldigBegindatum")?.Value;
            return (id, DateOnly.TryParse(datum, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null);
        }
        catch (InvalidDataException)
        {
            return (null, null);
        }
    }
}
