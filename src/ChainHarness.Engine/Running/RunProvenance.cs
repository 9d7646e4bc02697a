using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Running;

/// <summary>
/// What in a run was real, recorded or simulated: every municipal port and national endpoint the
/// steps touch, with its source from the profile (driver mode, endpoint mode), and which
/// validations the LVBB ran. The verdict ends with its <see cref="Summary"/>.
/// </summary>
public sealed record RunProvenance(IReadOnlyList<ChainPart> Parts, ValidationStatement? Validation)
{
    public static RunProvenance Of(ProfileOptions profile, ValidationStatement? validation = null)
    {
        var ports = KnownSteps.All.SelectMany(s => s.Ports).Distinct(StringComparer.Ordinal);
        var endpoints = KnownSteps.All.SelectMany(s => s.Endpoints).Distinct(StringComparer.Ordinal);
        return new RunProvenance(
            [
                .. ports.Select(p => new ChainPart(p, true, profile.Drivers.TryGetValue(p, out var d) && d.Mode != DriverMode.Simulated ? PartSource.Real : PartSource.Simulated)),
                .. endpoints.Select(e => new ChainPart(e, false, Source(profile.Endpoint(e)))),
            ],
            validation);
    }

    public bool FullySimulated => Parts.All(p => p.Source == PartSource.Simulated);

    /// <summary>The parts one step touched.</summary>
    public IReadOnlyList<ChainPart> ForStep(string step) => KnownSteps.Find(step) is { } definition
        ? [.. Parts.Where(p => definition.Ports.Contains(p.Name) || definition.Endpoints.Contains(p.Name))]
        : [];

    /// <summary>"volledig gesimuleerd", "tegen pre-productie met uw eigen plansoftware", or which parts were real (<see cref="ProvenanceTexts"/>).</summary>
    public Bilingual Summary => FullySimulated ? ProvenanceTexts.FullySimulated
        : Parts.Where(p => !p.Municipal).All(p => p.Source == PartSource.Real) && Parts.Any(p => p.Municipal && p.Source == PartSource.Real)
            ? ProvenanceTexts.AgainstPreProduction(Bilingual.Join(", ", Own()))
            : ProvenanceTexts.PartlyReal(Bilingual.Join(", ", Parts.Where(p => p.Source != PartSource.Simulated).Select(p => p.Text)));

    public string SummaryDutch => Summary.Dutch;

    public string SummaryEnglish => Summary.English;

    private IEnumerable<Bilingual> Own() => new[] { (DriverOptions.PlanSoftware, ProvenanceTexts.PlanSoftware), (DriverOptions.RulesSoftware, ProvenanceTexts.RulesSoftware), (DriverOptions.VthSystem, ProvenanceTexts.VthSystem) }
        .Where(x => Parts.Any(p => p.Municipal && p.Name == x.Item1 && p.Source == PartSource.Real)).Select(x => x.Item2);

    private static PartSource Source(EndpointOptions endpoint) => endpoint.Mode switch
    {
        EndpointMode.Live => PartSource.Real,
        EndpointMode.Record when endpoint.BaseUrl is { Length: > 0 } => PartSource.Real,
        EndpointMode.Replay => PartSource.Recorded,
        _ => PartSource.Simulated,
    };
}
