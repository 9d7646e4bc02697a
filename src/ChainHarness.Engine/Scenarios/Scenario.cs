using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Scenarios;

/// <summary>
/// A named demo scenario: what it changes in a local profile (faults, a start from an existing
/// activity, the Testdorp omgevingsdienst and partner) and what must then happen (the step that fails,
/// the werkplaats finding it names). Built in (<see cref="ScenarioCatalog"/>) or a user's JSON file.
/// </summary>
public sealed class Scenario
{
    /// <summary>The name <c>demo &lt;naam&gt;</c> takes, e.g. <c>F7</c> or <c>alles-goed</c>.</summary>
    public string Naam { get; set; } = "";

    /// <summary>One Dutch sentence: what goes wrong (or right) in this scenario.</summary>
    public string Omschrijving { get; set; } = "";

    /// <summary>Simulator faults to switch on (names of <c>World.Faults</c>).</summary>
    public List<string> Faults { get; set; } = [];

    /// <summary>Start the rules sub-chain from this existing activity: steps 1–4b are not run.</summary>
    public string? FromActivity { get; set; }

    /// <summary>The werkplaats iteration whose content the run delivers (1–3); null: the profile's.</summary>
    public int? Iteratie { get; set; }

    /// <summary>Add the Testdorp omgevingsdienst and partner (steps 10 and 11 apply).</summary>
    public bool MetPartners { get; set; }

    /// <summary>The step that must fail; null: none fails.</summary>
    public string? FalendeStap { get; set; }

    /// <summary>The werkplaats finding the failing step must name; null: any (or none).</summary>
    public string? Bevinding { get; set; }

    /// <summary>Words the cause of the failing step must contain.</summary>
    public string? OorzaakBevat { get; set; }

    /// <summary>False for a finding the simulators cannot inject yet: listed, but <c>demo</c> says so.</summary>
    public bool Bedraad { get; set; } = true;

    /// <summary>The steps not run by choice (1–4b when starting from an existing activity).</summary>
    public IReadOnlyList<StepId> NietGedraaid => FromActivity is null ? [] : [.. KnownSteps.All.Take(5).Select(s => s.Id)];

    /// <summary>
    /// The steps that must be skipped: every step depending (directly or not) on the failing one; without
    /// partners steps 10 and 11 are not applicable rather than skipped.
    /// </summary>
    public IReadOnlyList<StepId> OvergeslagenStappen
    {
        get
        {
            if (FalendeStap is null)
            {
                return [];
            }

            var blocked = new HashSet<StepId> { FalendeStap };
            foreach (var step in KnownSteps.All.Where(s => s.DependsOn.Any(blocked.Contains)))
            {
                blocked.Add(step.Id);
            }

            blocked.Remove(FalendeStap);
            return [.. KnownSteps.All.Where(s => MetPartners || s.ClosesChain).Select(s => s.Id).Where(blocked.Contains)];
        }
    }

    /// <summary>The profile with this scenario's changes applied (the given profile is changed and returned).</summary>
    public ProfileOptions ApplyTo(ProfileOptions profile)
    {
        profile.Faults = [.. profile.Faults.Union(Faults, StringComparer.OrdinalIgnoreCase)];
        profile.FromActivity = FromActivity ?? profile.FromActivity;
        profile.Iteration = Iteratie ?? profile.Iteration;
        if (MetPartners)
        {
            ScenarioPartners.AddTo(profile);
        }

        return profile;
    }

    public IEnumerable<string> Validate(string source)
    {
        if (string.IsNullOrWhiteSpace(Naam) || Naam.Any(char.IsWhiteSpace))
        {
            yield return $"{source}: Naam '{Naam}' must be one word (letters, digits, dashes).";
        }

        if (string.IsNullOrWhiteSpace(Omschrijving))
        {
            yield return $"{source}: Omschrijving is empty.";
        }

        if (FalendeStap is not null && !KnownSteps.All.Any(s => s.Id.ToString() == FalendeStap))
        {
            yield return $"{source}: FalendeStap '{FalendeStap}' is not one of the 14 steps.";
        }

        if (Iterations.IterationPacks.Problem(Iteratie) is { } iteratie)
        {
            yield return $"{source}: Iteratie {iteratie}";
        }
    }
}
