using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Simulators;

namespace ChainHarness.Board.Live;

/// <summary>
/// The chain a board runs by default: the local chain against freshly started simulators, the
/// scenario applied (its faults, a start from an existing activity, the partners) to a fresh copy
/// of the profile, so nothing carries over into the next run.
/// </summary>
public static class LocalBoardChain
{
    /// <param name="profileName">The profile's name, as the reports name it.</param>
    /// <param name="freshProfile">A new, validated profile object on every call (e.g. resolved from configuration again).</param>
    /// <param name="scenarios">The scenarios to offer; default the catalogue's built-in ones.</param>
    public static BoardChain Create(string profileName, Func<ProfileOptions> freshProfile, IReadOnlyList<Scenario>? scenarios = null)
    {
        var municipality = freshProfile().Municipality;
        return new BoardChain(municipality.Name, municipality.Code, scenarios ?? ScenarioCatalog.BuiltIn, (scenario, observer, cancellationToken) =>
            LocalChain.RunAsync(scenario.ApplyTo(freshProfile()), profileName: profileName, observer: observer, cancellationToken: cancellationToken));
    }
}
