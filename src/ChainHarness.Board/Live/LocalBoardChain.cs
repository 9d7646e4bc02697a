using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators;

namespace ChainHarness.Board.Live;

/// <summary>
/// The chain a board runs by default: the local chain against freshly started simulators, with the
/// scenario's faults switched on in a fresh copy of the profile, so no fault carries over into
/// the next run.
/// </summary>
public static class LocalBoardChain
{
    /// <param name="profileName">The profile's name, as the reports name it.</param>
    /// <param name="freshProfile">A new, validated profile object on every call (e.g. resolved from configuration again).</param>
    public static BoardChain Create(string profileName, Func<ProfileOptions> freshProfile)
    {
        var municipality = freshProfile().Municipality;
        return new BoardChain(municipality.Name, municipality.Code, (scenario, observer, cancellationToken) =>
        {
            var profile = freshProfile();
            profile.Faults.AddRange(scenario.Faults);
            return LocalChain.RunAsync(profile, profileName: profileName, observer: observer, cancellationToken: cancellationToken);
        });
    }
}
