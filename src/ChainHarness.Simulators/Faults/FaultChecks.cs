using ChainHarness.Engine.Configuration;

namespace ChainHarness.Simulators.Faults;

/// <summary>
/// What the simulators check of a profile's faults before they start: every name known, and each
/// fault able to act on the profile's iteration. One place for a single run and for every profile of a sweep.
/// </summary>
public static class FaultChecks
{
    public static IEnumerable<string> Problems(ProfileOptions profile, string profilePath) =>
        FaultCatalog.Problems(profile.Faults, $"{profilePath}:Faults").Concat(IterationFaults.Problems(profile, profilePath));

    /// <summary>Throws a configuration error listing every problem of the profiles given.</summary>
    public static void Ensure(IEnumerable<(string Path, ProfileOptions Profile)> profiles)
    {
        var problems = profiles.SelectMany(p => Problems(p.Profile, p.Path)).ToList();
        if (problems.Count > 0)
        {
            throw ConfigurationErrorException.WithErrors(problems);
        }
    }
}
