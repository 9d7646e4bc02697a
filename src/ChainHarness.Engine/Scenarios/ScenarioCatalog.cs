using System.Text.Json;
using System.Text.Json.Serialization;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Engine.Scenarios;

/// <summary>
/// The demo scenarios: "alles-goed" and one per werkplaats finding F1–F20 (built in, <see cref="BuiltIn"/>),
/// plus a user's own from a folder of JSON files (one <see cref="Scenario"/> per file). A user's file
/// with a built-in name replaces the built-in one.
/// </summary>
public static class ScenarioCatalog
{
    public const string AllesGoed = "alles-goed";

    private const string Bruidsschat = "nl.imow-gm9999.activiteit.bruidsschatdakkapel";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<Scenario> BuiltIn { get; } =
    [
        S(AllesGoed, "Alles goed: de hele keten werkt, met omgevingsdienst en partner.", partners: true),
        .. Werkplaats.All.Select(FromFinding),
    ];

    /// <summary>The built-in scenarios and those in <paramref name="folder"/> (when given), by name.</summary>
    public static IReadOnlyList<Scenario> Load(string? folder)
    {
        var own = folder is null ? [] : FromFolder(folder);
        return [.. BuiltIn.Where(b => !own.Any(o => Same(o.Naam, b.Naam))), .. own];
    }

    /// <summary>The scenario with this name (any case), or null.</summary>
    public static Scenario? Find(IEnumerable<Scenario> scenarios, string? naam) =>
        scenarios.FirstOrDefault(s => Same(s.Naam, naam?.Trim()));

    private static List<Scenario> FromFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw ConfigurationErrorException.WithErrors([$"The scenario folder '{Path.GetFileName(folder)}' does not exist."]);
        }

        var scenarios = new List<Scenario>();
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var source = $"scenario file '{Path.GetFileName(file)}'";
            try
            {
                using var stream = File.OpenRead(file);
                var scenario = JsonSerializer.Deserialize<Scenario>(stream, Options);
                var problems = scenario?.Validate(source).ToList() ?? [$"{source} is empty."];
                errors.AddRange(problems);
                if (problems.Count == 0)
                {
                    scenarios.Add(scenario!);
                }
            }
            catch (JsonException ex)
            {
                errors.Add($"{source} is not a scenario: {ex.Message}");
            }
        }

        return errors.Count > 0 ? throw ConfigurationErrorException.WithErrors(errors) : scenarios;
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static Scenario S(string naam, string omschrijving, string? stap = null, string? bevinding = null, string[]? faults = null, string? from = null, bool partners = false, string? oorzaak = null) =>
        new() { Naam = naam, Omschrijving = omschrijving, FalendeStap = stap, Bevinding = bevinding, Faults = [.. faults ?? []], FromActivity = from, MetPartners = partners, OorzaakBevat = oorzaak };

    /// <summary>The demo of a finding: its faults switched on, and its failing step naming it (F1 fails nothing: steps 1–4b are left out).</summary>
    private static Scenario FromFinding(Finding finding)
    {
        var demo = finding.Scenario;
        var fails = demo.FailingStep is not null;
        var scenario = S(
            finding.Code,
            demo.Dutch,
            demo.FailingStep?.ToString(),
            fails ? finding.Code : null,
            fails ? [finding.Code] : [],
            demo.FromExistingActivity ? Bruidsschat : null,
            demo.WithPartners,
            demo.CauseContains);
        scenario.Iteratie = demo.Iteration;
        return scenario;
    }
}
