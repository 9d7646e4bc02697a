using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Iterations;

namespace ChainHarness.Simulators.Faults;

/// <summary>
/// Faults that act only on some iteration's content: F5 needs a change that withdraws a rule, which
/// iteration 3 delivers. Switched on where it cannot act, it is a configuration error rather than a run
/// that passes without injecting anything.
/// </summary>
public static class IterationFaults
{
    /// <summary>A sentence per fault switched on where its iteration cannot let it act.</summary>
    public static IEnumerable<string> Problems(ProfileOptions profile, string profilePath)
    {
        if (IterationPacks.Problem(profile.Iteration) is { } problem)
        {
            yield return $"{profilePath}:Iteration: {problem}";
        }
        else if (profile.Faults.Contains(PlanFaults.F5, StringComparer.OrdinalIgnoreCase) && !IterationPacks.For(profile.Iteration).Withdraws)
        {
            yield return $"{profilePath}:Faults: F5 (an intrekking that fails between plan software and LVBB) needs a change that withdraws a rule, and iteration {profile.Iteration ?? IterationPacks.Default}'s does not: run it with iteration 3 (--iteration 3, or {profilePath}:Iteration = 3).";
        }
    }
}
